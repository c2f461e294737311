import type { Summary } from './stats';

interface Report {
  commitCeiling?: { tps: number; clients: number; tool: string } | undefined;
  results: {
    backend: string;
    phases: Record<string, { offeredRate: number; ackedPerSecond: number; answeredPerSecond: number; unanswered: number; extraReplies: number; drainMs: number | null; errors: Record<string, number>; ackMs: Summary; replyMs: Summary; coachNoticeMs: Summary; completedIntakes: number; cpuMsPerAnswer?: Record<string, number> }>;
    ratioToCommitCeiling: Record<string, number | null>;
  }[];
}

/** The benchmark's figures as a table on the terminal. */
export function printTable(report: Report): void {
  const rows: string[][] = [
    ['backend', 'phase', 'offered/s', 'acked/s', 'answered/s', 'ack p50/p95/p99 ms', 'reply p50/p99 ms', 'coach notice p50/p99 ms', 'intakes', 'unanswered', 'twice', 'errors', '÷ commit ceiling'],
  ];
  for (const result of report.results) {
    for (const [name, p] of Object.entries(result.phases)) {
      rows.push([
        result.backend,
        name,
        String(p.offeredRate),
        String(p.ackedPerSecond),
        String(p.answeredPerSecond),
        `${p.ackMs.p50} / ${p.ackMs.p95} / ${p.ackMs.p99}`,
        `${p.replyMs.p50} / ${p.replyMs.p99}`,
        `${p.coachNoticeMs.p50} / ${p.coachNoticeMs.p99}`,
        String(p.completedIntakes),
        String(p.unanswered),
        String(p.extraReplies),
        Object.entries(p.errors).map(([k, v]) => `${k}:${v}`).join(' ') || '0',
        String(result.ratioToCommitCeiling[name] ?? '–'),
      ]);
    }
  }
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  console.log('');
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  const cpuRows = report.results.flatMap((result) =>
    Object.entries(result.phases).flatMap(([name, p]) => {
      if (!p.cpuMsPerAnswer) return [];
      const total = Object.values(p.cpuMsPerAnswer).reduce((a, b) => a + b, 0);
      const parts = Object.entries(p.cpuMsPerAnswer).map(([group, ms]) => `${group} ${ms}`);
      return [`${result.backend} ${name}: ${parts.join(', ')}; total ${Math.round(total * 10) / 10}`];
    }),
  );
  if (cpuRows.length > 0) {
    console.log('\nCPU ms per answer (bench = the simulated young people and the fake Twilio):');
    for (const row of cpuRows) console.log(`  ${row}`);
  }
  if (report.commitCeiling) {
    console.log(`\ndurable-commit ceiling: ${report.commitCeiling.tps} single-row INSERT commits/s at ${report.commitCeiling.clients} clients (${report.commitCeiling.tool})`);
  }
}
