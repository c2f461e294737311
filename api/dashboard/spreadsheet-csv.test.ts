import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { spreadsheetCsv } from './spreadsheet-csv';

describe('spreadsheetCsv', () => {
  const csv = spreadsheetCsv({
    columns: ['name', 'value'],
    rows: [
      { name: 'Één; twee', value: 3 },
      { name: '=HYPERLINK("http://x")', value: null },
      { name: '+31 6', value: -2 },
      { name: '-1', value: 0 },
      { name: '@SUM(A1)', value: 1 },
      { name: '\tgap', value: 1 },
      { name: '\rline', value: 1 },
      { name: 'plain', value: 1 },
    ],
  });

  it('starts with the UTF-8 byte order mark', () => {
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('separates cells with ; and ends lines with CRLF', () => {
    expect(csv.slice(1).split('\r\n').slice(0, 2)).toEqual(['name;value', '"Één; twee";3']);
    expect(parse(csv, { bom: true, delimiter: ';' })[1]).toEqual(['Één; twee', '3']);
  });

  it('puts a quote before text that a spreadsheet would run as a formula, and leaves numbers alone', () => {
    const rows = parse(csv, { bom: true, delimiter: ';', from_line: 2 }) as string[][];
    expect(rows.map((r) => r[0])).toEqual(['Één; twee', `'=HYPERLINK("http://x")`, "'+31 6", "'-1", "'@SUM(A1)", "'\tgap", "'\rline", 'plain']);
    expect(rows.map((r) => r[1])).toEqual(['3', '', '-2', '0', '1', '1', '1', '1']);
  });
});
