import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import * as schema from '../../drizzle/schema';
import { encryptedColumns } from './encrypted-columns';

describe('the list of encrypted columns that key rotation re-encrypts', () => {
  const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => value instanceof PgTable).map((table) => getTableConfig(table));

  it('names every *_enc column of the schema, so no ciphertext stays under an old key', () => {
    const inSchema = tables.flatMap((t) => t.columns.filter((c) => c.name.endsWith('_enc')).map((c) => `${t.name}.${c.name}`));
    const listed = encryptedColumns.filter((e) => !e.jsonField).map((e) => `${e.table}.${e.column}`);
    expect(inSchema.length).toBeGreaterThan(10);
    expect(inSchema.filter((name) => !listed.includes(name))).toEqual([]);
  });

  it('names only columns that exist, with their key column', () => {
    for (const entry of encryptedColumns) {
      const table = tables.find((t) => t.name === entry.table);
      expect(table?.columns.map((c) => c.name), `${entry.table}.${entry.column}`).toContain(entry.column);
      expect(table?.columns.find((c) => c.name === (entry.id ?? 'id'))?.primary, `${entry.table} key`).toBe(true);
    }
  });
});
