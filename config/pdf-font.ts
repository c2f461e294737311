import { existsSync } from 'node:fs';
import { z } from 'zod';
import { optional } from './settings';

export interface PdfFontConfig {
  /**
   * A TrueType font for PDFs a young person gets (their inzage), with the letters of every language we
   * speak: Latin with Turkish and Polish letters, Cyrillic, Arabic (PDF_FONT; default DejaVu Sans where
   * the system has it). Undefined: PDFs use Helvetica, which shows Dutch and English only.
   */
  pdfFont: string | undefined;
}

const pdfFontSchema = z.object({
  PDF_FONT: optional(z.string().min(1)),
});

export const pdfFontSettings = pdfFontSchema.shape;

/** Debian's and Ubuntu's fonts-dejavu-core. */
const DEFAULT_PDF_FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

/** Reads PDF_FONT; adds to `problems` when it names no file. */
export function readPdfFontConfig(s: z.infer<typeof pdfFontSchema>, problems: string[]): PdfFontConfig {
  if (s.PDF_FONT && !existsSync(s.PDF_FONT)) problems.push('PDF_FONT must be the path of a TrueType font file that exists');
  return { pdfFont: s.PDF_FONT ?? (existsSync(DEFAULT_PDF_FONT) ? DEFAULT_PDF_FONT : undefined) };
}
