/**
 * A list of texts as one PostgreSQL array literal (`{"a","b"}`), to pass as a single `::text[]`
 * parameter: a prepared statement then has the same parameters however many values there are. A null
 * is the array's NULL (cast to another array type, each text is read as that type).
 */
export function textArray(values: readonly (string | null)[]): string {
  return `{${values.map((value) => (value === null ? 'NULL' : `"${value.replace(/(["\\])/g, '\\$1')}"`)).join(',')}}`;
}
