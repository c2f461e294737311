import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');

/** The theme of pages no single municipality owns (a region-wide account, a chat without a known entry point). */
export const REGION_THEME = 'region';

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #00643c');
const themeSchema = z.object({
  /** Shown next to the logo and read out as its text alternative. */
  name: z.string().min(1),
  /** Header, primary buttons, links: at least 4.5:1 against white (WCAG 2.1 AA). */
  primary: colour,
  /** Hover and pressed states. */
  primaryDark: colour,
  /** The background behind a focused element. */
  focus: colour,
  /** An SVG file in data/themes/. */
  logo: z.string().regex(/^[a-z0-9-]+\.svg$/, 'a file name like amstelveen.svg'),
});
const themesSchema = z.record(z.string().regex(/^[a-z0-9-]+$/), themeSchema).refine((t) => REGION_THEME in t, `a "${REGION_THEME}" theme`);

export interface MunicipalityTheme extends z.infer<typeof themeSchema> {
  /** A municipality's slug, or {@link REGION_THEME}. */
  id: string;
  logoSvg: string;
}

export class ThemeDataError extends Error {
  constructor(problem: string) {
    super(`data/themes.json: ${problem}`);
    this.name = this.constructor.name;
  }
}

/**
 * The municipalities' colours and logos (data/themes.json and data/themes/*.svg), read once per process.
 * Places are data (DESIGN.md rule 12): a new municipality gets a theme by adding an entry and a logo,
 * and until then its pages wear the region's theme.
 */
export function loadThemes(dir = dataDir): ReadonlyMap<string, MunicipalityTheme> {
  const parsed = themesSchema.safeParse(JSON.parse(readFileSync(path.join(dir, 'themes.json'), 'utf8')));
  if (!parsed.success) throw new ThemeDataError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return new Map(
    Object.entries(parsed.data).map(([id, theme]) => [id, { ...theme, id, logoSvg: readFileSync(path.join(dir, 'themes', theme.logo), 'utf8') }]),
  );
}

/** The theme of a municipality; the region's when it has none or is not known. */
export function themeFor(themes: ReadonlyMap<string, MunicipalityTheme>, municipality: string | null | undefined): MunicipalityTheme {
  return (municipality ? themes.get(municipality) : undefined) ?? themes.get(REGION_THEME)!;
}

/**
 * A theme as design tokens: the NL Design System components read `--utrecht-…` custom properties, so
 * pointing the palette entries Utrecht's own theme builds on for actions and links (its blue) and its
 * accents at the municipality's colours restyles every component, with no inline style (CSP). Red
 * stays red: danger and errors look the same in every municipality.
 */
export function themeCss(theme: MunicipalityTheme): string {
  return `/* ${theme.name}: generated from data/themes.json */
.utrecht-theme {
  --jl-primary: ${theme.primary};
  --jl-primary-dark: ${theme.primaryDark};
  --jl-focus: ${theme.focus};
  --jl-header-background: ${theme.primary};
  --jl-header-color: #fff;
  --utrecht-color-blue-35: var(--jl-primary);
  --utrecht-color-blue-40: var(--jl-primary-dark);
  --utrecht-table-header-border-block-end-color: var(--jl-primary);
  --utrecht-unordered-list-marker-color: var(--jl-primary);
  --utrecht-focus-background-color: var(--jl-focus);
  --utrecht-focus-outline-color: #1a1a1a;
  --utrecht-typography-sans-serif-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
}
`;
}
