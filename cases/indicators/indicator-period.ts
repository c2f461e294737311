import { DateTime } from 'luxon';
import { AMSTERDAM_ZONE, inAmsterdam } from '../calendar/amsterdam-time';

/** Days shown when no period is asked: the last quarter, today included. */
const DEFAULT_DAYS = 90;

export interface IndicatorPeriod {
  /** Start of the first day, Amsterdam time. */
  from: Date;
  /** Start of the day after the last day (exclusive end), Amsterdam time. */
  until: Date;
  /** The days as asked or chosen, `yyyy-mm-dd`, for the form and the CSV. */
  fromDay: string;
  toDay: string;
}

/**
 * The period of the indicators, in whole Amsterdam days: `to` (default today) and `from` (default
 * 89 days before `to`; also when it lies after `to`). A date that does not exist falls back to the default.
 */
export function indicatorPeriod(input: { from?: string | undefined; to?: string | undefined; now?: Date }): IndicatorPeriod {
  const day = (text: string | undefined) => {
    const parsed = text ? DateTime.fromISO(text, { zone: AMSTERDAM_ZONE }) : undefined;
    return parsed?.isValid ? parsed.startOf('day') : undefined;
  };
  const to = day(input.to) ?? inAmsterdam(input.now ?? new Date()).startOf('day');
  const asked = day(input.from);
  const from = asked && asked <= to ? asked : to.minus({ days: DEFAULT_DAYS - 1 });
  return { from: from.toJSDate(), until: to.plus({ days: 1 }).toJSDate(), fromDay: from.toISODate()!, toDay: to.toISODate()! };
}
