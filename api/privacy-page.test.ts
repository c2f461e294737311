import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { createI18n, languages } from '../locales';
import type { AppDeps } from './app';
import { renderChatPage } from './chat-page';
import { escapeHtml } from './dashboard/html';
import { publicPageRoutes } from './public-page-routes';
import { securityHeaders } from './security-headers';

const i18n = createI18n();
/** As the page writes text: escaped (the Turkish title has an apostrophe). */
const escaped = (text: string) => escapeHtml(text);

async function app(env: Record<string, string> = {}) {
  const server = Fastify();
  await server.register(securityHeaders);
  // The privacy statement needs no database; the inzage routes registered beside it are not called.
  await server.register(publicPageRoutes, { config: loadConfig({ PUBLIC_BASE_URL: 'https://jongerenloket.test', ...env }), i18n, database: {} } as AppDeps);
  return server;
}

describe('GET /privacy', () => {
  it('names who reads it, the processors, the controller, and the periods the retention job applies as the municipality set them', async () => {
    const server = await app({ RETENTION_NO_CASE_DAYS: '21', RETENTION_AFTER_CLOSE_DAYS: '60', RETENTION_CLOSED_CASE_MONTHS: '36' });
    const body = (await server.inject({ url: '/privacy?lang=nl' })).body;
    for (const shown of ['na 21 dagen', 'na 60 dagen', 'na 36 maanden', 'Sociaal team', 'een beheerder', 'Twilio', 'Meta', 'Amstelveen of Aalsmeer', 'functionaris gegevensbescherming', 'Klopt er iets niet?']) {
      expect(body).toContain(shown);
    }
  });

  it.each(languages)('speaks %s with ?lang=, in its own direction, with the web chat as the way without WhatsApp', async (lang) => {
    const server = await app();
    const res = await server.inject({ url: `/privacy?lang=${lang}` });
    expect(res.statusCode).toBe(200);
    const t = i18n.getFixedT(lang, 'privacy');
    expect(res.body).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`);
    expect(res.body).toContain(`<h1>${escaped(t('statement.title'))}</h1>`);
    expect(res.body).toContain(`https://jongerenloket.test/chat?lang=${lang}`);
    expect(res.headers['x-frame-options']).toBe('DENY');
    // Public for everyone, unlike a young person's own data: search engines may find it.
    expect(res.body).not.toContain('noindex');
    await server.close();
  });

  it('follows the browser’s language without ?lang=, and Dutch when it speaks none of ours', async () => {
    const server = await app();
    const turkish = await server.inject({ url: '/privacy', headers: { 'accept-language': 'de-DE,tr;q=0.8,en;q=0.5' } });
    expect(turkish.body).toContain(escaped("Jongerenloket'te gizlilik"));
    const other = await server.inject({ url: '/privacy', headers: { 'accept-language': 'fr-FR' } });
    expect(other.body).toContain('Privacy bij het Jongerenloket');
    expect(other.body).toContain('Typ MIJN GEGEVENS in de chat');
    await server.close();
  });

  it.each(languages)('is linked from the web chat’s welcome in %s', (lang) => {
    const page = renderChatPage({ i18n, lang, assetVersion: 'v' });
    expect(page).toContain(`<a href="/privacy?lang=${lang}">${escaped(i18n.getFixedT(lang, 'web')('privacyLink'))}</a>`);
  });
});
