import PDFDocument from 'pdfkit';
import type { InzageSection } from './inzage-sections';
import { collectPdf } from '../collect-pdf';

const MARGIN = 48;
const BLUE = '#0b3d6b';
const INK = '#1a1a1a';
const GREY = '#4a4f55';

export interface InzagePdfInput {
  title: string;
  intro: string;
  made: string;
  sections: InzageSection[];
  /** Right to left (Arabic): text aligned to the right. */
  rtl: boolean;
  /** A TrueType font with every script we speak (config `pdfFont`); without one, Helvetica. */
  font: string | undefined;
}

/**
 * The inzage as a PDF, from the same sections as the page: something a young person (or an admin
 * answering a written request) can keep or print. A4, one column.
 */
export function renderInzagePdf(input: InzagePdfInput): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: input.title, Author: 'Jongerenloket' }, lang: undefined });
  const done = collectPdf(doc);
  const font = input.font ?? 'Helvetica';
  const align = input.rtl ? 'right' : 'left';
  const width = doc.page.width - 2 * MARGIN;
  const write = (text: string, options: { size: number; color: string; gap?: number }) => {
    doc.font(font).fontSize(options.size).fillColor(options.color).text(text, { width, align, lineGap: 2 });
    if (options.gap) doc.moveDown(options.gap);
  };

  write(input.title, { size: 20, color: BLUE, gap: 0.4 });
  write(input.intro, { size: 11, color: INK });
  write(input.made, { size: 10, color: GREY, gap: 0.8 });
  for (const section of input.sections) {
    write(section.title, { size: 14, color: BLUE, gap: 0.2 });
    for (const row of section.rows) {
      write(row.label, { size: 9, color: GREY });
      write(row.value, { size: 11, color: INK, gap: 0.2 });
    }
    for (const entry of section.entries) {
      write(entry.meta, { size: 9, color: GREY });
      write(entry.text, { size: 11, color: INK, gap: 0.2 });
    }
    for (const note of section.notes) write(note, { size: 10, color: INK, gap: 0.2 });
    doc.moveDown(0.6);
  }
  doc.end();
  return done;
}
