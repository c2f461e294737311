import { caseOutcomes, caseSteps } from '../../cases/case/case-repository';
import type { CaseDetail } from '../../cases/case/read-cases';
import { html, type SafeHtml } from './html';
import { csrfField, type PageContext } from './layout';
import { buttonClass } from './components';

/**
 * The less frequent actions at the bottom of the case page, each folded in its own details element:
 * change the step, close, hand over at 18, reopen, erase. Closing asks for where the young person goes
 * (no default) and then for a confirmation (case-close-confirm-page.ts).
 */
export function caseForms(ctx: PageContext, input: { detail: CaseDetail; canManage: boolean; canErase: boolean }): SafeHtml | '' {
  const { t } = ctx;
  const c = input.detail;
  if (c.erased) return '';
  const fold = (id: string, title: string, body: SafeHtml) =>
    html`<details class="card" id="${id}"><summary><span class="summary-title">${title}</span></summary>${body}</details>`;
  const forms: SafeHtml[] = [];
  if (input.canManage && c.status === 'open') {
    forms.push(
      fold(
        'do-step',
        t('case.change'),
        html`<form method="post" action="/dashboard/cases/${c.id}/step" class="stack">${csrfField(ctx)}
<div class="utrecht-form-field field"><label class="utrecht-form-label" for="step">${t('case.newStep')}</label><select class="utrecht-select utrecht-select--html-select" id="step" name="step">${caseSteps.map((s) => html`<option value="${s}"${s === c.step ? html` selected` : ''}>${t(`steps.${s}`)}</option>`)}</select></div>
<button type="submit" class="${buttonClass()}">${t('case.save')}</button></form>`,
      ),
      fold(
        'do-close',
        t('case.close'),
        html`<form method="post" action="/dashboard/cases/${c.id}/close" class="stack">${csrfField(ctx)}
<div class="utrecht-form-field field"><label class="utrecht-form-label" for="outcome">${t('case.outcome')}</label><select class="utrecht-select utrecht-select--html-select" id="outcome" name="outcome" required>
<option value="">${t('case.outcomePlaceholder')}</option>${caseOutcomes.map((o) => html`<option value="${o}">${t(`outcomes.${o}`)}</option>`)}</select></div>
<div class="utrecht-form-field field"><label class="utrecht-form-label" for="note">${t('case.note')}</label><textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="note" name="note" rows="2" maxlength="2000"></textarea></div>
<button type="submit" class="${buttonClass('secondary')}">${t('case.closeSubmit')}</button></form>`,
      ),
    );
    if (c.route === 'leerplicht') {
      forms.push(
        fold(
          'do-handover-18',
          t('case.handoverAt18'),
          html`<form method="post" action="/dashboard/cases/${c.id}/handover-at-18" class="stack">${csrfField(ctx)}<p>${t('case.handoverAt18Help')}</p>
<button type="submit" class="${buttonClass('secondary')}">${t('case.handoverAt18Submit')}</button></form>`,
        ),
      );
    }
  }
  if (input.canManage && c.status === 'closed') {
    forms.push(
      fold(
        'do-reopen',
        t('case.reopen'),
        html`<form method="post" action="/dashboard/cases/${c.id}/reopen" class="stack">${csrfField(ctx)}<button type="submit" class="${buttonClass()}">${t('case.reopenSubmit')}</button></form>`,
      ),
    );
  }
  if (input.canErase) {
    forms.push(
      fold(
        'do-erase',
        t('case.erase'),
        html`<form method="post" action="/dashboard/cases/${c.id}/erase" class="stack">${csrfField(ctx)}<p>${t('case.eraseHelp')}</p>
<div class="utrecht-form-field utrecht-form-field--checkbox field checkbox"><input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="erase-confirm" name="confirm" value="yes" required> <label class="utrecht-form-label" for="erase-confirm">${t('case.eraseConfirm')}</label></div>
<button type="submit" class="${buttonClass('secondary')}">${t('case.eraseSubmit')}</button></form>`,
      ),
    );
  }
  if (!forms.length) return '';
  return html`<section aria-labelledby="s-more" class="more-actions"><h2 id="s-more">${t('case.moreActions')}</h2>${forms}</section>`;
}
