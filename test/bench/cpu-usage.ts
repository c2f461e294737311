import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time per process group (the benchmark itself with its fake Twilio, api, worker, PostgreSQL,
 * Redis), read from /proc: on a machine whose cores all these share, it shows where an answer's
 * cost goes. Linux only; elsewhere every group reads 0.
 */
export type CpuGroups = Record<string, () => number[]>;

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

interface ProcStat {
  pid: number;
  ppid: number;
  /** user + system CPU seconds. */
  seconds: number;
}

function stat(pid: number): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces; the fields after it are fixed.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { pid, ppid: Number(fields[1]), seconds: (Number(fields[11]) + Number(fields[12])) / ticksPerSecond };
  } catch {
    return undefined;
  }
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

function allPids(): number[] {
  try {
    return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
  } catch {
    return [];
  }
}

/** The processes whose command line contains `marker`, with all their children (a PostgreSQL server and its backends). */
export function processTree(marker: string): () => number[] {
  return () => {
    const pids = allPids();
    const roots = new Set(pids.filter((pid) => cmdline(pid).includes(marker)));
    const tree = new Set(roots);
    for (const pid of pids) if (roots.has(stat(pid)?.ppid ?? -1)) tree.add(pid);
    return [...tree];
  };
}

/** CPU seconds per group now; `bench` is this process: the simulated young people and the fake Twilio. */
export function cpuSnapshot(groups: CpuGroups): Record<string, number> {
  const usage = process.cpuUsage();
  const snapshot: Record<string, number> = { bench: (usage.user + usage.system) / 1e6 };
  for (const [name, pids] of Object.entries(groups)) {
    snapshot[name] = pids()
      .map((pid) => stat(pid)?.seconds ?? 0)
      .reduce((a, b) => a + b, 0);
  }
  return snapshot;
}

/** CPU milliseconds per answer, per group, between two snapshots. */
export function cpuPerAnswer(before: Record<string, number>, after: Record<string, number>, answers: number): Record<string, number> {
  const result: Record<string, number> = {};
  for (const [name, seconds] of Object.entries(after)) {
    result[name] = answers > 0 ? Math.round(((seconds - (before[name] ?? 0)) * 1e6) / answers) / 1000 : 0;
  }
  return result;
}
