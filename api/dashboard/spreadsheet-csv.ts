import { stringify } from 'csv-stringify/sync';

/** A spreadsheet would run a cell that starts like this as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A CSV file for Excel and the school's systems as Dutch settings read it: `;` between cells
 * (a `,` is the decimal separator there), UTF-8 with a byte order mark (else Excel reads é as Ã©),
 * CRLF line ends (RFC 4180). Text that starts like a formula gets a leading `'`, so it shows as text.
 */
export function spreadsheetCsv<Column extends string>(input: {
  columns: readonly Column[];
  rows: readonly Record<Column, string | number | null>[];
}): string {
  return stringify(input.rows as Record<string, unknown>[], {
    columns: [...input.columns],
    header: true,
    delimiter: ';',
    bom: true,
    record_delimiter: 'windows',
    cast: { string: (value) => (FORMULA_START.test(value) ? `'${value}` : value) },
  });
}
