import { inAmsterdam } from '../../cases/calendar/amsterdam-time';
import type { CoachListItem } from '../../cases/staff/coach-repository';
import type { Team } from '../../cases/staff/team-repository';
import { coachRoles, municipalities, type Municipality } from '../../drizzle/schema';
import { html, type SafeHtml } from './html';
import { csrfField, formatDate, layout, type PageContext } from './layout';
import { buttonClass } from './components';

export interface CoachesPageInput {
  coaches: CoachListItem[];
  teams: Team[];
  /** The municipalities the reader manages: where they may add a coach or a team. */
  municipalities: readonly Municipality[];
}

/**
 * The coaches and teams an administrator manages (a team lead: those of their municipality): one card
 * per coach with role, team, caseload against capacity and whether they work now; forms to add a coach
 * or a team and to rename a team.
 */
export function renderCoachesPage(ctx: PageContext, input: CoachesPageInput): string {
  const { t } = ctx;
  const teamName = (id: string | null) => input.teams.find((team) => team.id === id)?.name ?? t('coaches.noTeam');
  const card = (c: CoachListItem) => html`<li class="card"><h3><a href="/dashboard/coaches/${c.id}">${c.firstName} ${c.lastName}</a></h3>
<dl class="facts">
<div><dt>${t('coaches.role')}</dt><dd>${t(`coachRoles.${c.role}`)}${c.isAdmin ? html` · ${t('coaches.isAdmin')}` : ''}</dd></div>
<div><dt>${t('coaches.team')}</dt><dd>${teamName(c.teamId)}</dd></div>
<div><dt>${t('coaches.municipality')}</dt><dd>${t(`municipalities.${c.municipality}`)}</dd></div>
<div><dt>${t('coaches.caseload')}</dt><dd>${t('coaches.caseloadValue', { count: c.openCases, load: c.openLoad, capacity: c.capacity })}</dd></div>
<div><dt>${t('coaches.status')}</dt><dd>${status(ctx, c)}</dd></div>
</dl></li>`;
  const coachList = input.coaches.length
    ? html`<ul class="cards plain-list" aria-labelledby="s-coaches">${input.coaches.map(card)}</ul>`
    : html`<p>${t('coaches.empty')}</p>`;
  const teamRows = input.teams.map(
    (team) => html`<li class="card"><form method="post" action="/dashboard/teams/${team.id}" class="stack">${csrfField(ctx)}
<div class="field"><label for="team-${team.id}">${t('coaches.teamName', { municipality: t(`municipalities.${team.municipality}`) })}</label><input id="team-${team.id}" name="name" type="text" value="${team.name}" required maxlength="100"></div>
<button type="submit" class="${buttonClass('secondary')}">${t('coaches.rename')}</button></form></li>`,
  );
  const body = html`<p>${t('coaches.intro')}</p>
<p class="row"><a href="#new-coach">${t('coaches.add')}</a><a href="#s-teams">${t('coaches.teams')}</a></p>
<h2 id="s-coaches">${t('coaches.listTitle', { count: input.coaches.length })}</h2>${coachList}
${newCoachForm(ctx, input)}
<h2 id="s-teams">${t('coaches.teams')}</h2>
${input.teams.length ? html`<ul class="cards plain-list" aria-labelledby="s-teams">${teamRows}</ul>` : html`<p>${t('coaches.noTeams')}</p>`}
<form method="post" action="/dashboard/teams" class="card stack narrow-form">${csrfField(ctx)}
<h3>${t('coaches.addTeam')}</h3>
<div class="field"><label for="nt-name">${t('coaches.teamNameLabel')}</label><input id="nt-name" name="name" type="text" required maxlength="100"></div>
${municipalitySelect(ctx, 'nt-municipality', input.municipalities)}
<button type="submit" class="${buttonClass()}">${t('coaches.addTeam')}</button></form>`;
  return layout(ctx, { title: t('coaches.title'), section: 'coaches', body });
}

function newCoachForm(ctx: PageContext, input: CoachesPageInput): SafeHtml {
  const { t } = ctx;
  return html`<form method="post" action="/dashboard/coaches" class="card stack narrow-form">${csrfField(ctx)}
<h2 id="new-coach">${t('coaches.add')}</h2>
<div class="field"><label for="nc-first">${t('coaches.firstName')}</label><input id="nc-first" name="firstName" type="text" required maxlength="100" autocomplete="off"></div>
<div class="field"><label for="nc-last">${t('coaches.lastName')}</label><input id="nc-last" name="lastName" type="text" required maxlength="100" autocomplete="off"></div>
<div class="field"><label for="nc-role">${t('coaches.role')}</label><select id="nc-role" name="role">${coachRoles.map((r) => html`<option value="${r}">${t(`coachRoles.${r}`)}</option>`)}</select></div>
${municipalitySelect(ctx, 'nc-municipality', input.municipalities)}
<div class="field"><label for="nc-team">${t('coaches.team')}</label><select id="nc-team" name="teamId"><option value="">${t('coaches.noTeam')}</option>${input.teams.map(
    (team) => html`<option value="${team.id}">${team.name} (${t(`municipalities.${team.municipality}`)})</option>`,
  )}</select></div>
<div class="field"><label for="nc-email">${t('coaches.email')}</label><input id="nc-email" name="email" type="email" maxlength="254" autocomplete="off"></div>
<div class="field"><label for="nc-whatsapp">${t('coaches.whatsapp')}</label><input id="nc-whatsapp" name="whatsapp" type="tel" maxlength="40" autocomplete="off"></div>
<button type="submit" class="${buttonClass()}">${t('coaches.create')}</button></form>`;
}

/**
 * One coach with what an administrator may do: change the team, mark them away (their cases move to
 * colleagues at once), let them go (the same, and their access ends), or — a global admin only — move
 * them to another municipality.
 */
export function renderCoachPage(ctx: PageContext, input: { coach: CoachListItem; teams: Team[]; canMove: boolean }): string {
  const { t } = ctx;
  const c = input.coach;
  const action = (path: string) => `/dashboard/coaches/${c.id}/${path}`;
  const teams = input.teams.filter((team) => team.municipality === c.municipality);
  const away = c.absentUntil && c.absentUntil > new Date() ? c.absentUntil : undefined;
  const facts = html`<dl class="facts">
<div><dt>${t('coaches.role')}</dt><dd>${t(`coachRoles.${c.role}`)}${c.isAdmin ? html` · ${t('coaches.isAdmin')}` : ''}</dd></div>
<div><dt>${t('coaches.municipality')}</dt><dd>${t(`municipalities.${c.municipality}`)}</dd></div>
<div><dt>${t('coaches.team')}</dt><dd>${teams.find((team) => team.id === c.teamId)?.name ?? t('coaches.noTeam')}</dd></div>
<div><dt>${t('coaches.caseload')}</dt><dd>${t('coaches.caseloadValue', { count: c.openCases, load: c.openLoad, capacity: c.capacity })}</dd></div>
<div><dt>${t('coaches.email')}</dt><dd>${c.email ?? '–'}</dd></div>
<div><dt>${t('coaches.whatsapp')}</dt><dd>${c.whatsapp ?? '–'}</dd></div>
<div><dt>${t('coaches.status')}</dt><dd>${status(ctx, c)}</dd></div>
</dl>`;
  const forms = c.active
    ? html`<section aria-labelledby="s-actions" class="actions-grid"><h2 id="s-actions" class="visually-hidden">${t('coaches.actions')}</h2>
<form method="post" action="${action('team')}" class="stack card">${csrfField(ctx)}
<h3>${t('coaches.changeTeam')}</h3>
<div class="field"><label for="c-team">${t('coaches.team')}</label><select id="c-team" name="teamId"><option value="">${t('coaches.noTeam')}</option>${teams.map(
        (team) => html`<option value="${team.id}"${team.id === c.teamId ? html` selected` : ''}>${team.name}</option>`,
      )}</select></div>
<button type="submit" class="${buttonClass()}">${t('coaches.save')}</button></form>
<form method="post" action="${action('absent')}" class="stack card">${csrfField(ctx)}
<h3>${t('coaches.absent')}</h3><p class="hint" id="c-absent-hint">${t('coaches.absentHint')}</p>
<div class="field"><label for="c-absent">${t('coaches.backOn')}</label><input id="c-absent" name="until" type="date" value="${away ? (inAmsterdam(away).toISODate() ?? '') : ''}" aria-describedby="c-absent-hint"></div>
<button type="submit" class="${buttonClass('secondary')}">${t('coaches.save')}</button></form>
<form method="post" action="${action('leave')}" class="stack card">${csrfField(ctx)}
<h3>${t('coaches.leave')}</h3><p class="hint">${t('coaches.leaveHint', { count: c.openCases })}</p>
<div class="field checkbox"><input id="c-leave" name="confirm" type="checkbox" value="yes" required><label for="c-leave">${t('coaches.leaveConfirm')}</label></div>
<button type="submit" class="${buttonClass('secondary')}">${t('coaches.leave')}</button></form>
${input.canMove
        ? html`<form method="post" action="${action('move')}" class="stack card">${csrfField(ctx)}
<h3>${t('coaches.move')}</h3><p class="hint">${t('coaches.moveHint')}</p>
${municipalitySelect(ctx, 'c-move', municipalities.filter((m) => m !== c.municipality))}
<button type="submit" class="${buttonClass('secondary')}">${t('coaches.move')}</button></form>`
        : ''}
</section>`
    : html`<p>${t('coaches.goneHint')}</p>`;
  const body = html`<p><a href="/dashboard/coaches">${t('coaches.back')}</a></p>${facts}${forms}`;
  return layout(ctx, { title: `${c.firstName} ${c.lastName}`, section: 'coaches', body });
}

function municipalitySelect(ctx: PageContext, id: string, choices: readonly Municipality[]): SafeHtml {
  const { t } = ctx;
  return html`<div class="field"><label for="${id}">${t('coaches.municipality')}</label><select id="${id}" name="municipality">${choices.map(
    (m) => html`<option value="${m}">${t(`municipalities.${m}`)}</option>`,
  )}</select></div>`;
}

function status(ctx: PageContext, c: CoachListItem): SafeHtml {
  const { t } = ctx;
  if (!c.active) return html`<span class="tag tag-late">${t('coaches.gone')}</span>`;
  if (c.absentUntil && c.absentUntil > new Date()) return html`<span class="tag tag-late">${t('coaches.absentUntil', { date: formatDate(c.absentUntil, ctx.lang) })}</span>`;
  return html`<span class="tag tag-ok">${t('coaches.working')}</span>`;
}
