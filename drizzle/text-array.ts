/**
 * A list of texts as one PostgreSQL array literal (`{"a","b"}`), to pass as a single `::text[]`
 * parameter: a prepared statement then has the same parameters however many values there are.
 */
export function textArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/(["\\])/g, '\\$1')}"`).join(',')}}`;
}
