import type { StoredDirectoryEntry } from '../../cases/directory/directory-repository';
import { directoryKinds, municipalities, type DirectoryKind, type Municipality } from '../../drizzle/schema';
import { html } from './html';
import { csrfField, formatDateTime, layout, type PageContext } from './layout';

/**
 * The directory of where to go, one form per desk: name, address, phone, opening hours and web
 * address. What is saved here is what the bot names to young people, at once.
 */
export function renderDirectoryPage(ctx: PageContext, input: { entries: StoredDirectoryEntry[]; editable: readonly Municipality[] }): string {
  const { t } = ctx;
  const find = (m: Municipality, kind: DirectoryKind) => input.entries.find((e) => e.municipality === m && e.kind === kind);
  const field = (name: string, label: string, value: string | null | undefined, required = false) =>
    html`<label>${label}<input class="utrecht-textbox utrecht-textbox--html-input" name="${name}" value="${value ?? ''}"${required ? html` required` : ''} maxlength="300"></label>`;
  const sections = municipalities
    .filter((m) => input.editable.includes(m))
    .map(
      (m) => html`<section class="stack"><h2>${t(`municipalities.${m}`)}</h2>${directoryKinds.map((kind) => {
        const entry = find(m, kind);
        return html`<form method="post" action="/dashboard/directory" class="stack card">${csrfField(ctx)}
<h3>${t(`directory.kinds.${kind}`)}</h3>
<input type="hidden" name="municipality" value="${m}"><input type="hidden" name="kind" value="${kind}">
${field('name', t('directory.name'), entry?.name, true)}
${field('address', t('directory.address'), entry?.address)}
${field('phone', t('directory.phone'), entry?.phone)}
${field('openingHours', t('directory.openingHours'), entry?.openingHours)}
${field('webUrl', t('directory.webUrl'), entry?.webUrl)}
<p class="muted">${entry ? t('directory.updated', { at: formatDateTime(entry.updatedAt, ctx.lang), by: updatedBy(ctx, entry) }) : t('directory.none')}</p>
<button type="submit" class="utrecht-button utrecht-button--primary-action">${t('directory.save')}</button></form>`;
      })}</section>`,
    );
  return layout(ctx, { title: t('directory.title'), section: 'directory', body: html`<p>${t('directory.intro')}</p>${sections}` });
}

/** Who saved an entry, in words: a person's name, the start-up list, or the bootstrap token. */
function updatedBy(ctx: PageContext, entry: StoredDirectoryEntry): string {
  if (entry.updatedByName) return entry.updatedByName;
  if (entry.updatedBy === 'seed') return ctx.t('directory.bySeed');
  if (entry.updatedBy === 'admin') return ctx.t('audit.admin');
  return entry.updatedBy;
}
