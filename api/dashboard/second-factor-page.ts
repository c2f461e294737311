import QRCode from 'qrcode';
import { html, SafeHtml } from './html';
import { layout, type PageContext } from './layout';

/** The secret being set up: its `otpauth://` URI, shown as a QR code and as text for typing in. */
export interface Enrolment {
  uri: string;
}

/** The QR code as inline SVG: no image request, nothing for the CSP to allow. */
async function qrSvg(uri: string): Promise<SafeHtml> {
  const svg = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return new SafeHtml(svg);
}

/** The secret alone, in groups of four, for an app that cannot scan. */
function secretOf(uri: string): string {
  const secret = new URL(uri).searchParams.get('secret') ?? '';
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

/**
 * The second step of a sign-in, or the account's own set-up: with an enrolment, the QR code and the
 * secret first; then the field for the six digits. `csrf` is the token of the (pending) session.
 */
export async function renderSecondFactorPage(ctx: PageContext, input: { action: string; csrf: string; enrolment?: Enrolment }): Promise<string> {
  const { t } = ctx;
  const enrol = input.enrolment
    ? html`
<p>${t('secondFactor.enrolIntro')}</p>
<figure class="qr">${await qrSvg(input.enrolment.uri)}<figcaption>${t('secondFactor.qrCaption')}</figcaption></figure>
<p>${t('secondFactor.secretLabel')} <code data-secret>${secretOf(input.enrolment.uri)}</code></p>
<p class="small"><a href="${input.enrolment.uri}" data-otpauth>${t('secondFactor.openApp')}</a></p>`
    : html`<p>${t('secondFactor.intro')}</p>`;
  const body = html`${enrol}
<form method="post" action="${input.action}?lang=${ctx.lang}" class="stack narrow">
  <input type="hidden" name="_csrf" value="${input.csrf}">
  <div class="utrecht-form-field field"><label class="utrecht-form-label" for="code">${t('secondFactor.code')}</label>
    <input class="utrecht-textbox utrecht-textbox--html-input" id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]{6,7}" maxlength="7" required></div>
  <button type="submit" class="utrecht-button utrecht-button--primary-action">${t(input.enrolment ? 'secondFactor.confirm' : 'secondFactor.submit')}</button>
</form>`;
  return layout(ctx, { title: t(input.enrolment ? 'secondFactor.enrolTitle' : 'secondFactor.title'), body });
}

/** The account page's answer when a second factor is in use. */
export function renderSecondFactorInUse(ctx: PageContext): string {
  return layout(ctx, { title: ctx.t('secondFactor.enrolTitle'), body: html`<p>${ctx.t('secondFactor.inUse')}</p>` });
}
