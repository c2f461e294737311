import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { TFunction } from 'i18next';
import type { EntryLink } from './entry-link';
import { collectPdf } from './collect-pdf';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const BLUE = '#0b5cad';
const INK = '#1a1a1a';
const GREY = '#555555';

/** The QR code as a PNG; 'M' error correction survives a poster that is a little scuffed or folded. */
export function qrPng(url: string, width = 1024): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 4, width });
}

/**
 * A printable A4 poster (PDF): a short B1 text, the QR code and the code itself for who cannot scan.
 * `t` is the `poster` namespace in the poster's language.
 */
export async function renderPoster(input: { t: TFunction; link: EntryLink; code: string; municipality: string }): Promise<Buffer> {
  const { t, link, code } = input;
  const municipality = t(`municipalities.${input.municipality}`);
  const png = await qrPng(link.url);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: t('title'), Author: t('brand', { municipality }) },
  });
  const done = collectPdf(doc);
  const width = A4.width - 2 * MARGIN;

  doc.rect(0, 0, A4.width, 150).fill(BLUE);
  doc.fillColor('#ffffff').font('Helvetica-Bold').fontSize(14).text(t('brand', { municipality }), MARGIN, 48, { width });
  doc.font('Helvetica-Bold').fontSize(32).text(t('title'), MARGIN, 78, { width });

  doc.fillColor(INK).font('Helvetica').fontSize(16).text(t('intro', { municipality }), MARGIN, 180, { width, lineGap: 3 });

  const qrSize = 290;
  const qrX = (A4.width - qrSize) / 2;
  const qrY = doc.y + 20;
  doc.roundedRect(qrX - 10, qrY - 10, qrSize + 20, qrSize + 20, 12).lineWidth(2).strokeColor(BLUE).stroke();
  doc.image(png, qrX, qrY, { width: qrSize, height: qrSize });
  doc.fillColor(INK).font('Helvetica-Bold').fontSize(16).text(`code ${code}`, MARGIN, qrY + qrSize + 20, { width, align: 'center', characterSpacing: 2 });

  doc.moveDown(1.2);
  doc.font('Helvetica-Bold').fontSize(17).fillColor(BLUE).text(t('stepsTitle'), MARGIN, doc.y, { width });
  doc.moveDown(0.4);
  const steps = t(link.channel === 'whatsapp' ? 'stepsWhatsapp' : 'stepsWeb', { returnObjects: true }) as unknown;
  (Array.isArray(steps) ? steps.map(String) : []).forEach((step, i) => {
    const y = doc.y;
    doc.circle(MARGIN + 11, y + 8, 11).fill(BLUE);
    doc.fillColor('#ffffff').font('Helvetica-Bold').fontSize(12).text(String(i + 1), MARGIN, y + 2, { width: 22, align: 'center' });
    doc.fillColor(INK).font('Helvetica').fontSize(14).text(step, MARGIN + 34, y, { width: width - 34 });
    doc.y = Math.max(doc.y, y + 22) + 6;
  });

  const fallback =
    link.channel === 'whatsapp'
      ? t('fallbackWhatsapp', { code, number: link.number ?? '' })
      : t('fallbackWeb', { url: link.url });
  doc.font('Helvetica').fontSize(11).fillColor(GREY).text(fallback, MARGIN, A4.height - MARGIN - 40, { width, align: 'center' });
  doc.text(t('privacy'), { width, align: 'center' });
  doc.end();
  return done;
}
