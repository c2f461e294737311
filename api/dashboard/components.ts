import { html, type SafeHtml } from './html';

/**
 * Markup of the NL Design System community components (@utrecht/component-library-css) the dashboard
 * builds its pages from, in one place: a page calls these instead of writing the class names again.
 */

/** A primary action (the page's main one) or a secondary one. */
export function buttonClass(kind: 'primary' | 'secondary' = 'primary'): string {
  return `utrecht-button utrecht-button--${kind}-action`;
}

/** A link that looks like a button: to a page or a download; the main way on from a page by default (a notice link, "write to the young person"). */
export function buttonLinkClass(kind: 'primary' | 'secondary' = 'primary'): string {
  return `utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${kind}-action`;
}

/** A submit button of a form. */
export function submitButton(label: string, kind: 'primary' | 'secondary' = 'primary'): SafeHtml {
  return html`<button type="submit" class="${buttonClass(kind)}">${label}</button>`;
}

/**
 * The attributes of the box around a table. On a phone the table becomes stacked cards (dashboard.css);
 * where it still has to scroll sideways, a keyboard user can reach and scroll it, and a screen reader
 * names it (WCAG 2.1.1; axe: scrollable-region-focusable).
 */
export function scrollRegion(name: string): SafeHtml {
  return html`class="table-wrap" role="region" tabindex="0" aria-label="${name}"`;
}

/** A notice after an action: NL Design System alert, announced politely (ok) or at once (error). */
export function alert(kind: 'ok' | 'error', text: string | SafeHtml): SafeHtml {
  return html`<div class="utrecht-alert utrecht-alert--${kind} notice notice-${kind}" role="${kind === 'error' ? 'alert' : 'status'}"><div class="utrecht-alert__content"><p class="utrecht-alert__message">${text}</p></div></div>`;
}

/** A labelled form field around its control (the control carries the same `id`). */
export function formField(input: { label: string | SafeHtml; id: string; control: SafeHtml }): SafeHtml {
  return html`<div class="utrecht-form-field field"><label class="utrecht-form-label utrecht-form-field__label" for="${input.id}">${input.label}</label><div class="utrecht-form-field__input">${input.control}</div></div>`;
}

/** A checkbox or radio button with its label beside it (the control carries the same `id`). */
export function choiceField(input: { label: string | SafeHtml; id: string; control: SafeHtml }): SafeHtml {
  return html`<div class="utrecht-form-field utrecht-form-field--checkbox field checkbox">${input.control}<label class="utrecht-form-label" for="${input.id}">${input.label}</label></div>`;
}

/** The help text under a field; the control points at it with `aria-describedby`. */
export function fieldHint(id: string, text: string): SafeHtml {
  return html`<p class="utrecht-form-field-description hint" id="${id}">${text}</p>`;
}

/** A group of fields under one name (a day's hours, the places). */
export function fieldset(input: { legend: string; body: SafeHtml; className?: string }): SafeHtml {
  return html`<fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset ${input.className ?? ''}"><legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${input.legend}</legend>${input.body}</fieldset>`;
}

/** Class names of the form controls (textbox, select, textarea, checkbox). */
export const controlClass = {
  textbox: 'utrecht-textbox utrecht-textbox--html-input',
  select: 'utrecht-select utrecht-select--html-select',
  textarea: 'utrecht-textarea utrecht-textarea--html-textarea',
  checkbox: 'utrecht-checkbox utrecht-checkbox--html-input',
  radio: 'utrecht-radio-button utrecht-radio-button--html-input',
} as const;

/** A short label in colour (urgent, late, on time). */
export function statusBadge(kind: 'danger' | 'safe' | 'neutral', text: string): SafeHtml {
  return html`<span class="utrecht-status-badge utrecht-status-badge--${kind}">${text}</span>`;
}
