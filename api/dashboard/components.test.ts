import { describe, expect, it } from 'vitest';
import { alert, buttonLinkClass, choiceField, fieldHint, formField, scrollRegion, submitButton } from './components';
import { html } from './html';

describe('dashboard components (NL Design System markup)', () => {
  it('announces an error at once and a confirmation politely', () => {
    expect(alert('error', 'Niet opgeslagen').value).toMatch(/^<div class="utrecht-alert utrecht-alert--error[^"]*" role="alert">/);
    expect(alert('ok', 'Opgeslagen').value).toMatch(/^<div class="utrecht-alert utrecht-alert--ok[^"]*" role="status">/);
  });

  it('makes a table’s box a named region a keyboard can reach, with the name escaped', () => {
    expect(`<div ${scrollRegion('Casussen <b>')}>`).toBe('<div class="table-wrap" role="region" tabindex="0" aria-label="Casussen &#60;b&#62;">');
  });

  it('ties a field’s label to its control and renders a primary or secondary button', () => {
    const field = formField({ label: 'Stap', id: 'step', control: html`<select id="step"></select>` }).value;
    expect(field).toContain('<label class="utrecht-form-label utrecht-form-field__label" for="step">Stap</label>');
    expect(submitButton('Opslaan').value).toBe('<button type="submit" class="utrecht-button utrecht-button--primary-action">Opslaan</button>');
    expect(submitButton('Sluit', 'secondary').value).toContain('utrecht-button--secondary-action');
  });

  it('puts a checkbox or radio before its own label, a hint where a control can point at it, a link as a button', () => {
    const choice = choiceField({ label: 'Telefoon', id: 'place-telefoon', control: html`<input type="checkbox" id="place-telefoon">` }).value;
    expect(choice).toMatch(/<input type="checkbox" id="place-telefoon"><label class="utrecht-form-label" for="place-telefoon">Telefoon<\/label>/);
    expect(fieldHint('d-hint', 'Leeg <laten>').value).toBe('<p class="utrecht-form-field-description hint" id="d-hint">Leeg &#60;laten&#62;</p>');
    expect(buttonLinkClass('primary')).toContain('utrecht-button-link--primary-action');
  });
});
