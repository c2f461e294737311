import type { TurnContext } from 'botbuilder';
import type { SafetyCategory } from './safety-types';

/** Raises the urgent path for this turn: the safety answer, then the urgent handover request. */
export type DangerAlarm = (input: { category: SafetyCategory; words?: string | undefined }) => Promise<void>;

const ALARM = Symbol.for('jongerenloket.dangerAlarm');

export class MissingDangerAlarmError extends Error {
  constructor() {
    super('No danger alarm bound: the bot binds one (bindDangerAlarm) before any dialog runs.');
    this.name = this.constructor.name;
  }
}

/**
 * The bot binds its safety net's own alarm before any dialog runs, so that a dialog that learns of
 * danger from an answer (no safe place to sleep tonight) starts exactly the path a danger signal
 * starts (DESIGN.md rule 9), not a second one that could drift.
 */
export function bindDangerAlarm(context: TurnContext, alarm: DangerAlarm): void {
  context.turnState.set(ALARM, alarm);
}

export async function raiseDanger(context: TurnContext, input: Parameters<DangerAlarm>[0]): Promise<void> {
  const alarm = context.turnState.get(ALARM) as DangerAlarm | undefined;
  if (!alarm) throw new MissingDangerAlarmError();
  await alarm(input);
}
