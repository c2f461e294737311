import type { SignalImportSummary } from '../../cases/in-beeld/signal-imports';
import { signalSources, type RowError } from '../../cases/in-beeld/signal-rows';
import { html } from './html';
import { csrfField, formatDateTime, layout, type PageContext } from './layout';
import { buttonClass } from './components';

/** What the last upload did: imported (with counts), or refused with every bad row and why. */
export type ImportReport =
  | { kind: 'imported'; rows: number; created: number; updated: number; invited: number }
  | { kind: 'rejected'; errors: RowError[] }
  | { kind: 'file'; problem: 'noRows' | 'tooManyRows' | 'noCoach' };

/**
 * The school import: paste a handover file (overdrachtsdocument, CSV as exported from the school's
 * system), see what happened to each row, and the earlier imports of the reader's municipality.
 * All rows or none: one bad row imports nothing, and the report names every bad row.
 */
export function renderSchoolImportPage(ctx: PageContext, input: { imports: SignalImportSummary[]; report?: ImportReport; csv?: string; source?: string }): string {
  const { t } = ctx;
  const form = html`<form method="post" action="/dashboard/school-import" class="card stack" id="import-form">${csrfField(ctx)}
<h2>${t('schoolImport.upload')}</h2>
<div class="field"><label for="si-source">${t('schoolImport.source')}</label><select id="si-source" name="source">${signalSources.map(
    (s) => html`<option value="${s}"${s === (input.source ?? 'school') ? html` selected` : ''}>${t(`signalSources.${s}`)}</option>`,
  )}</select></div>
<div class="field"><label for="si-file">${t('schoolImport.file')}</label><input id="si-file" type="file" accept=".csv,text/csv" data-fills="si-csv" aria-describedby="si-file-hint"><p class="hint" id="si-file-hint">${t('schoolImport.fileHint')}</p></div>
<div class="field"><label for="si-csv">${t('schoolImport.csv')}</label><textarea id="si-csv" name="csv" rows="8" required spellcheck="false" aria-describedby="si-csv-hint">${input.csv ?? ''}</textarea><p class="hint" id="si-csv-hint">${t('schoolImport.csvHint')}</p></div>
<button type="submit" class="${buttonClass()}">${t('schoolImport.submit')}</button></form>`;
  const history = input.imports.length
    ? html`<ul class="plain-list">${input.imports.map(
        (i) => html`<li>${formatDateTime(i.at, ctx.lang)}: ${t(`signalSources.${i.source}`)}, ${t('schoolImport.rows', { count: i.rows })} · ${i.by ?? t('schoolImport.byAdminToken')}</li>`,
      )}</ul>`
    : html`<p>${t('schoolImport.noImports')}</p>`;
  const body = html`<p>${t('schoolImport.intro')}</p>${input.report ? report(ctx, input.report) : ''}${form}
<h2>${t('schoolImport.earlier')}</h2>${history}`;
  return layout(ctx, { title: t('schoolImport.title'), section: 'school-import', body });
}

function report(ctx: PageContext, r: ImportReport) {
  const { t } = ctx;
  if (r.kind === 'imported') {
    return html`<section class="card" role="status" aria-labelledby="si-report"><h2 id="si-report">${t('schoolImport.imported', { count: r.rows })}</h2>
<ul><li>${t('schoolImport.created', { count: r.created })}</li>${r.updated > 0 ? html`<li>${t('schoolImport.updated', { count: r.updated })}</li>` : ''}${r.invited > 0 ? html`<li>${t('schoolImport.invited', { count: r.invited })}</li>` : ''}</ul></section>`;
  }
  if (r.kind === 'file') {
    return html`<section class="card notice notice-error" role="alert" aria-labelledby="si-report"><h2 id="si-report">${t('schoolImport.nothingImported')}</h2><p>${t(`schoolImport.${r.problem}`)}</p></section>`;
  }
  const rows = new Set(r.errors.map((e) => e.row)).size;
  return html`<section class="card notice notice-error" role="alert" aria-labelledby="si-report"><h2 id="si-report">${t('schoolImport.rejected', { count: rows })}</h2>
<p>${t('schoolImport.rejectedHint')}</p>
<ul class="row-errors">${r.errors.map(
    (e) => html`<li><strong>${e.row === 1 && e.field === null ? t('schoolImport.wholeFile') : t('schoolImport.row', { row: e.row })}</strong>${e.field ? html` · ${t('schoolImport.column', { column: e.field })}` : ''}: ${rowMessage(ctx, e)}</li>`,
  )}</ul></section>`;
}

/** The reason in the page's language where the check gave a known one; otherwise as the check wrote it. */
function rowMessage(ctx: PageContext, e: RowError): string {
  return e.reason ? ctx.t(`signalRowErrors.${e.reason}`, { ...e.values, defaultValue: e.message }) : e.message;
}
