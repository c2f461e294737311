import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadThemes, themeCss, themeFor, type MunicipalityTheme } from './municipality-themes';

const nodeRequire = createRequire(import.meta.url);
const fromPackage = (file: string) => readFileSync(nodeRequire.resolve(file), 'utf8');

/** The NL Design System stylesheets, served from node_modules by our own origin (no CDN: the CSP allows 'self' only). */
export const NLDS_STYLES = {
  /** Design tokens: the `--utrecht-…` custom properties, scoped to `.utrecht-theme`. */
  tokens: '/assets/nlds/tokens.css',
  /** The community components (`utrecht-button`, `utrecht-table`, …). */
  components: '/assets/nlds/components.css',
  /** The same look for plain elements inside `.utrecht-html` (a page's text, a form a later change adds). */
  elements: '/assets/nlds/elements.css',
} as const;

export interface LookAndFeel {
  css: Record<keyof typeof NLDS_STYLES, string>;
  themes: ReadonlyMap<string, MunicipalityTheme>;
  /** Content hash of all of it, put in the URLs so a deploy never serves a stale cached file. */
  version: string;
}

let loaded: LookAndFeel | undefined;

/** Read once per process: the packages' CSS and the municipalities' themes. */
export function lookAndFeel(): LookAndFeel {
  if (loaded) return loaded;
  const css = {
    tokens: fromPackage('@utrecht/design-tokens/dist/theme.css'),
    components: fromPackage('@utrecht/component-library-css/dist/index.css'),
    elements: fromPackage('@utrecht/component-library-css/dist/html.css'),
  };
  const themes = loadThemes();
  const hash = createHash('sha256');
  for (const part of Object.values(css)) hash.update(part);
  for (const theme of themes.values()) hash.update(themeCss(theme)).update(theme.logoSvg);
  loaded = { css, themes, version: hash.digest('hex').slice(0, 12) };
  return loaded;
}

export const themeStylePath = (theme: MunicipalityTheme) => `/assets/theme/${theme.id}.css`;
export const themeLogoPath = (theme: MunicipalityTheme) => `/assets/theme/${theme.id}.svg`;

/** The stylesheets of a themed page, in cascade order: tokens, the municipality's tokens, components. */
export function themedStylesheets(input: { municipality: string | null | undefined; elements?: boolean }): { theme: MunicipalityTheme; hrefs: string[] } {
  const { themes, version } = lookAndFeel();
  const theme = themeFor(themes, input.municipality);
  const paths = [NLDS_STYLES.tokens, themeStylePath(theme), NLDS_STYLES.components, ...(input.elements ? [NLDS_STYLES.elements] : [])];
  return { theme, hrefs: paths.map((p) => `${p}?v=${version}`) };
}
