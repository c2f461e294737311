import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../drizzle/connection';
import { textArray } from '../../drizzle/text-array';
import type { DataProtector } from './data-protector';
import { encryptedColumns, type EncryptedColumn } from './encrypted-columns';

/** What one column's rotation did: counts only, never a value (DESIGN.md rule 5). */
export interface ColumnRotation {
  column: string;
  reencrypted: number;
  /** Values no key of the ring opens: left as they are, to be looked at. */
  unreadable: number;
  /** Rows still under an old key after the last pass (locked by a turn every time): run again. */
  left: number;
}

/**
 * Re-encrypts every encrypted value under the current key, while the product runs: in batches of
 * `batchSize` rows, each its own short transaction that skips rows a turn holds (`for update skip
 * locked`, so a turn never waits for the rotation), in key order behind a cursor, so every row is
 * visited once per pass. Rows already under the current key are not touched: running it again, or
 * after an interruption, continues where it stopped. Skipped rows get a few more passes.
 */
export async function rotateKeys(input: {
  db: Db;
  protector: DataProtector;
  batchSize?: number;
  passes?: number;
  columns?: readonly EncryptedColumn[];
  onBatch?: (progress: { column: string; reencrypted: number }) => void;
}): Promise<ColumnRotation[]> {
  const results: ColumnRotation[] = [];
  for (const column of input.columns ?? encryptedColumns) {
    const name = `${column.table}.${column.column}${column.jsonField ? `.${column.jsonField}` : ''}`;
    const result: ColumnRotation = { column: name, reencrypted: 0, unreadable: 0, left: 0 };
    const idType = await primaryKeyType(input.db, column);
    for (let pass = 0; pass < (input.passes ?? 5); pass++) {
      const unreadable = new Set<string>();
      let cursor: string | undefined;
      for (;;) {
        const batch = await rotateBatch({ ...input, column, idType, cursor, batchSize: input.batchSize ?? 500 });
        result.reencrypted += batch.reencrypted;
        for (const id of batch.unreadable) unreadable.add(id);
        if (batch.reencrypted > 0) input.onBatch?.({ column: name, reencrypted: batch.reencrypted });
        if (batch.lastId === undefined) break;
        cursor = batch.lastId;
      }
      result.unreadable = unreadable.size;
      result.left = (await countNotCurrent(input.db, column, input.protector.currentKeyId)) - unreadable.size;
      if (result.left <= 0) break;
      await new Promise((resolve) => setTimeout(resolve, 200 * (pass + 1)));
    }
    result.left = Math.max(0, result.left);
    results.push(result);
  }
  return results;
}

const value = (c: EncryptedColumn): SQL => (c.jsonField ? sql`${sql.identifier(c.column)}->>${c.jsonField}` : sql`${sql.identifier(c.column)}`);
const notCurrent = (c: EncryptedColumn, keyId: string): SQL => sql`${value(c)} is not null and ${value(c)} not like ${`v2.${keyId}.%`}`;

async function primaryKeyType(db: Db, c: EncryptedColumn): Promise<string> {
  const rows = (await db.execute(sql`
    select format_type(atttypid, atttypmod) as type from pg_attribute
    where attrelid = ${c.table}::regclass and attname = ${c.id ?? 'id'}`)) as unknown as { type: string }[];
  const type = rows[0]?.type;
  if (!type || !/^[a-z ]+$/.test(type)) throw new Error(`${c.table} has no key column ${c.id ?? 'id'}`);
  return type;
}

async function countNotCurrent(db: Db, c: EncryptedColumn, keyId: string): Promise<number> {
  const rows = (await db.execute(sql`select count(*)::int as n from ${sql.identifier(c.table)} where ${notCurrent(c, keyId)}`)) as unknown as { n: number }[];
  return rows[0]?.n ?? 0;
}

async function rotateBatch(input: {
  db: Db;
  protector: DataProtector;
  column: EncryptedColumn;
  idType: string;
  cursor: string | undefined;
  batchSize: number;
}): Promise<{ reencrypted: number; unreadable: string[]; lastId: string | undefined }> {
  const { column: c, protector } = input;
  const table = sql.identifier(c.table);
  const id = sql.identifier(c.id ?? 'id');
  const type = sql.raw(input.idType);
  return input.db.transaction(async (tx) => {
    const rows = (await tx.execute(sql`
      select ${id}::text as id, ${value(c)} as value${c.conversationKey ? sql`, channel` : sql``}
      from ${table}
      where ${notCurrent(c, protector.currentKeyId)} ${input.cursor === undefined ? sql`` : sql`and ${id} > ${input.cursor}::${type}`}
      order by ${id} limit ${input.batchSize}
      for update skip locked`)) as unknown as { id: string; value: string; channel?: string }[];
    const ids: string[] = [];
    const values: string[] = [];
    const keys: string[] = [];
    const unreadable: string[] = [];
    for (const row of rows) {
      let plain: string;
      try {
        plain = protector.decrypt(row.value);
      } catch {
        unreadable.push(row.id);
        continue;
      }
      ids.push(row.id);
      values.push(protector.encrypt(reencryptInside(protector, plain)));
      if (c.conversationKey) keys.push(protector.keyedHash(`${row.channel}:${plain}`));
    }
    if (ids.length > 0) {
      const set = c.jsonField
        ? sql`${sql.identifier(c.column)} = jsonb_set(${sql.identifier(c.column)}, ${`{${c.jsonField}}`}::text[], to_jsonb(v.value))`
        : sql`${sql.identifier(c.column)} = v.value`;
      // The conversation key follows the address, unless another row already has the new key.
      const rekey = c.conversationKey
        ? sql`, key = case when exists (select 1 from conversations o where o.key = v.key and o.id <> t.id) then t.key else v.key end`
        : sql``;
      await tx.execute(sql`
        update ${table} t set ${set}${rekey}
        from unnest(${textArray(ids)}::text[], ${textArray(values)}::text[], ${textArray(keys)}::text[]) as v(id, value, key)
        where t.${id} = v.id::${type}`);
    }
    return { reencrypted: ids.length, unreadable, lastId: rows.at(-1)?.id };
  });
}

/** Looks like a value of {@link DataProtector.encrypt} (its tag decides whether it really is one). */
const CIPHERTEXT = /^v[12]\.[\w-]+\.[\w-]+\.[\w-]*(\.[\w-]*)?$/;

/**
 * Ciphertext inside a decrypted value is re-encrypted too: an event's payload or a safety signal is
 * encrypted as a whole and may hold the young person's words already encrypted on their own (`textEnc`),
 * which copies elsewhere decrypt with the key they name. Anything that is not JSON stays as it is.
 */
function reencryptInside(protector: DataProtector, plain: string): string {
  if (!plain.startsWith('{') && !plain.startsWith('[')) return plain;
  let parsed: unknown;
  try {
    parsed = JSON.parse(plain);
  } catch {
    return plain;
  }
  let changed = false;
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string' && CIPHERTEXT.test(node)) {
      try {
        const inner = protector.decrypt(node);
        changed = true;
        return protector.encrypt(reencryptInside(protector, inner));
      } catch {
        return node;
      }
    }
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    return node;
  };
  const result = walk(parsed);
  return changed ? JSON.stringify(result) : plain;
}
