const DAY_MS = 86_400_000;

/** The moment before which something counts as past its retention period of `days` days at `now`. */
export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** The same, for a period in calendar months (a selectielijst counts in years and months). */
export function monthsBefore(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}
