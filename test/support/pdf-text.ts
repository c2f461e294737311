import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF as pdfkit writes it, for tests that read what a person would read: the
 * compressed content streams are inflated, and the glyph ids of each text run are turned back into
 * characters through the ToUnicode maps of the embedded fonts (Helvetica's runs are plain codes).
 * Not a general PDF reader; lines come out in drawing order.
 */
export function pdfText(pdf: Buffer): string {
  const streams: string[] = [];
  const source = pdf.toString('latin1');
  const pattern = /stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(source))) {
    const start = match.index + match[0].length;
    const end = source.indexOf('endstream', start);
    if (end < 0) break;
    const raw = pdf.subarray(start, end);
    try {
      streams.push(inflateSync(raw).toString('latin1'));
    } catch {
      // An image or a font file that is not deflated text: not text to read.
    }
    pattern.lastIndex = end + 'endstream'.length;
  }
  const unicode = new Map<number, string>();
  for (const map of streams.filter((s) => s.includes('beginbfrange') || s.includes('beginbfchar'))) {
    for (const [, from, , list] of map.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\[([^\]]*)\]/g)) {
      [...(list ?? '').matchAll(/<([0-9a-fA-F]+)>/g)].forEach(([, hex], i) => unicode.set(parseInt(from ?? '0', 16) + i, fromUtf16(hex ?? '')));
    }
  }
  const lines: string[] = [];
  for (const content of streams.filter((s) => /T[Jj]/.test(s))) {
    for (const [, run] of content.matchAll(/\[((?:<[0-9a-fA-F]*>|\([^)]*\)|[-\d.\s])*)\]\s*TJ/g)) {
      let line = '';
      for (const [, hex, literal] of (run ?? '').matchAll(/<([0-9a-fA-F]*)>|\(([^)]*)\)/g)) {
        if (literal !== undefined) line += literal;
        else if (unicode.size > 0) for (let i = 0; i + 4 <= (hex ?? '').length; i += 4) line += unicode.get(parseInt(hex!.slice(i, i + 4), 16)) ?? '';
        else line += Buffer.from(hex ?? '', 'hex').toString('latin1');
      }
      lines.push(line);
    }
  }
  return lines.join('\n');
}

function fromUtf16(hex: string): string {
  const units: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
}
