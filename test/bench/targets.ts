/**
 * The targets of the campaign case (a WhatsApp sender's 400 answers per second, on two cores), each
 * with the figure that meets it or not, and, against an earlier report (`--compare`), the product's
 * CPU per answer before and after: api, worker, PostgreSQL and Redis (the benchmark's own load and
 * fake Twilio are not the product).
 */

interface PhaseLike {
  offeredRate: number;
  answeredPerSecond: number;
  unanswered: number;
  replyMs: { p99: number | null };
  cpuMsPerAnswer?: Record<string, number>;
}

interface ReportLike {
  results: { backend: string; phases: Record<string, PhaseLike> }[];
}

const PRODUCT = ['api', 'worker', 'postgres', 'redis'];

/** CPU milliseconds per answer of the product's processes (without the benchmark's own). */
export function productCpu(phase: PhaseLike | undefined): number | undefined {
  if (!phase?.cpuMsPerAnswer) return undefined;
  return Object.entries(phase.cpuMsPerAnswer).reduce((sum, [group, ms]) => sum + (PRODUCT.includes(group) ? ms : 0), 0);
}

export function targetLines(report: ReportLike, before?: ReportLike): string[] {
  const phase = (r: ReportLike | undefined, backend: string, name: string) => r?.results.find((x) => x.backend === backend)?.phases[name];
  const mark = (met: boolean) => (met ? 'met' : 'NOT met');
  const lines: string[] = [];
  const redisPeak = phase(report, 'redis', 'throughput');
  if (redisPeak) {
    const met = redisPeak.offeredRate >= 400 && redisPeak.answeredPerSecond >= 400 && (redisPeak.replyMs.p99 ?? Infinity) < 1000 && redisPeak.unanswered === 0;
    lines.push(
      `Redis, ${redisPeak.offeredRate}/s offered: ${redisPeak.answeredPerSecond}/s answered, reply p99 ${redisPeak.replyMs.p99} ms, ${redisPeak.unanswered} left waiting (target ≥ 400/s at 400/s, p99 < 1 s, none waiting): ${mark(met)}`,
    );
  }
  const postgresPeak = phase(report, 'postgres', 'throughput');
  if (postgresPeak) {
    const met = postgresPeak.offeredRate >= 400 && postgresPeak.answeredPerSecond >= 250;
    lines.push(`PostgreSQL backend, ${postgresPeak.offeredRate}/s offered: ${postgresPeak.answeredPerSecond}/s answered (target ≥ 250/s at 400/s): ${mark(met)}`);
  }
  const redisSteady = phase(report, 'redis', 'latency');
  if (redisSteady) {
    const met = (redisSteady.replyMs.p99 ?? Infinity) < 300;
    lines.push(`Redis, ${redisSteady.offeredRate}/s offered: reply p99 ${redisSteady.replyMs.p99} ms (target < 300 ms): ${mark(met)}`);
  }
  if (before) {
    for (const result of report.results) {
      for (const [name, after] of Object.entries(result.phases)) {
        const [was, now] = [productCpu(phase(before, result.backend, name)), productCpu(after)];
        if (was === undefined || now === undefined) continue;
        lines.push(
          `${result.backend} ${name}: product CPU ${round(was)} → ${round(now)} ms per answer (${round((100 * now) / was)} % of before; target ≤ 50 %): ${mark(now <= was / 2)}`,
        );
      }
    }
  }
  return lines;
}

const round = (value: number) => Math.round(value * 10) / 10;
