import type { Db } from '../../drizzle/connection';
import { municipalities } from '../../drizzle/schema';
import type { DataProtector } from '../privacy/data-protector';
import { municipalityScope } from '../staff/municipality-scope';
import { actorOf, type Viewer } from '../staff/viewer';
import { importSignals, type SignalImportResult } from './import-signals';
import { checkSignals, parseSignalCsv, type RowError, type SignalRecord, type SignalSource } from './signal-rows';

/** Rows in one file or request: 10,000 rows are a school board's whole year, with room to spare. */
export const MAX_SIGNAL_ROWS = 20_000;

export type SignalImportOutcome = { ok: true; result: SignalImportResult; rows: number } | { ok: false; errors: RowError[] };

/**
 * Checks signals against the importer's municipality (a coach registers them only for their own; the
 * admin for any) and stores them, all rows or none: the one path of the API and the dashboard.
 * Queue the result's `eventIds` (the invitations) after it returns.
 */
export async function importSignalRecords(
  db: Db,
  input: { protector: DataProtector; viewer: Viewer; source: SignalSource; format: 'csv' | 'json'; records: SignalRecord[] },
): Promise<SignalImportOutcome> {
  const scope = await municipalityScope(db, input.viewer);
  const allowed = 'all' in scope ? municipalities : [scope.municipality];
  const checked = checkSignals({ records: input.records, source: input.source, allowed });
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const result = await importSignals(db, { protector: input.protector, scope, actor: actorOf(input.viewer), source: input.source, format: input.format, signals: checked.signals });
  return { ok: true, result, rows: checked.signals.length };
}

/**
 * Reads a handover file into records. Rows that cannot be read come back as row errors; a file without
 * rows or with too many as a `fileProblem`, a problem of the whole file.
 */
export function readSignalFile(bytes: Buffer): { records: SignalRecord[] } | { errors: RowError[] } | { fileProblem: 'noRows' | 'tooManyRows' } {
  const parsed = parseSignalCsv(bytes);
  if ('errors' in parsed) return parsed;
  if (parsed.records.length === 0) return { fileProblem: 'noRows' };
  if (parsed.records.length > MAX_SIGNAL_ROWS) return { fileProblem: 'tooManyRows' };
  return parsed;
}
