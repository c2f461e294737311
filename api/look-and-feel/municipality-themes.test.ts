import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { municipalities } from '../../drizzle/schema';
import { loadThemes, REGION_THEME, ThemeDataError, themeCss, themeFor } from './municipality-themes';

/** A data folder with this themes.json and a logo per theme. */
function dataDir(themes: unknown): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'themes-'));
  mkdirSync(path.join(dir, 'themes'));
  writeFileSync(path.join(dir, 'themes.json'), JSON.stringify(themes));
  for (const file of ['region.svg', 'haarlem.svg']) writeFileSync(path.join(dir, 'themes', file), '<svg/>');
  return dir;
}

const region = { name: 'Regio', primary: '#0b3d6b', primaryDark: '#072a4a', focus: '#ffd54a', logo: 'region.svg' };

/** Relative luminance and contrast ratio as WCAG 2.1 defines them. */
function contrastWithWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return 1.05 / (luminance + 0.05);
}

describe('municipality themes (data/themes.json)', () => {
  const themes = loadThemes();

  it('gives every municipality of the region its own theme, readable white on its colour (WCAG AA 4.5:1)', () => {
    for (const municipality of municipalities) expect(themeFor(themes, municipality).id).toBe(municipality);
    for (const theme of themes.values()) {
      expect(contrastWithWhite(theme.primary), theme.id).toBeGreaterThanOrEqual(4.5);
      expect(contrastWithWhite(theme.primaryDark), theme.id).toBeGreaterThanOrEqual(4.5);
      expect(theme.logoSvg).toMatch(/^<svg[^>]*role="img"[^>]*aria-label="[^"]+"/);
    }
  });

  it('falls back to the region theme for a region-wide account or an unknown municipality', () => {
    expect(themeFor(themes, null).id).toBe(REGION_THEME);
    expect(themeFor(themes, undefined).id).toBe(REGION_THEME);
    expect(themeFor(themes, 'haarlem').id).toBe(REGION_THEME);
  });

  it('turns a theme into design tokens the components read', () => {
    const css = themeCss(themeFor(themes, 'aalsmeer'));
    expect(css).toContain(`--jl-primary: ${themeFor(themes, 'aalsmeer').primary};`);
    expect(css).toContain('--utrecht-color-blue-35: var(--jl-primary);');
  });

  it('takes a new municipality from the data alone', () => {
    const grown = loadThemes(dataDir({ region, haarlem: { ...region, name: 'Gemeente Haarlem', primary: '#8a1538', logo: 'haarlem.svg' } }));
    expect(themeFor(grown, 'haarlem')).toMatchObject({ name: 'Gemeente Haarlem', primary: '#8a1538', logoSvg: '<svg/>' });
  });

  it('refuses data without a region theme or with a colour that is not one, naming the problem', () => {
    expect(() => loadThemes(dataDir({ haarlem: { ...region, logo: 'haarlem.svg' } }))).toThrow(/region/);
    expect(() => loadThemes(dataDir({ region: { ...region, primary: 'green' } }))).toThrow(ThemeDataError);
    expect(() => loadThemes(dataDir({ region: { ...region, primary: 'green' } }))).toThrow(/region\.primary/);
    expect(() => loadThemes(dataDir({ region: { ...region, logo: '../secret.svg' } }))).toThrow(/region\.logo/);
  });
});
