import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { cases } from '../../drizzle/schema';
import { assertCanManageCase } from '../staff/case-access';
import { lockCase } from './case-lifecycle-lock';
import { appendCaseEvents, caseSteps, type CaseEventDraft, type CaseIntensity, type CaseRoute, type CaseStep } from './case-repository';
import { ConflictError, InvalidRequestError } from '../errors';
import { actorOf, type Viewer } from '../staff/viewer';

/** Routes a coach may set; 'verwezen' is what a referral is, not a route one switches to. */
export const settableRoutes = ['school', 'werk', 'leerplicht', 'zorg', 'onbekend'] as const satisfies readonly CaseRoute[];

export interface CaseChanges {
  /** The step worked on now: any of the seven, in any order (steps may be skipped or revisited). */
  step?: CaseStep;
  /** Steps worked on together with `step` (combined steps). */
  combinedSteps?: CaseStep[];
  route?: (typeof settableRoutes)[number];
  intensity?: CaseIntensity;
}

/**
 * Changes the step, combined steps, route or intensity of an open case, by its coach or an admin.
 * Every change is appended to the case history (what, from, to, who); a change to the same value
 * writes nothing. The coach stays the vaste contactpersoon when the route changes.
 */
export async function updateCase(
  db: DbOrTx,
  options: { viewer: Viewer; caseId: string; changes: CaseChanges; now?: Date },
): Promise<{ changed: string[] }> {
  const { viewer, caseId, changes } = options;
  if (changes.step && changes.combinedSteps?.includes(changes.step)) {
    throw new InvalidRequestError('combinedSteps: must not contain the step itself');
  }
  await assertCanManageCase(db, { viewer, caseId });
  return db.transaction(async (tx) => {
    const current = await lockCase(tx, caseId);
    if (current.status !== 'open') throw new ConflictError(`The case is ${current.status}; reopen it before changing it`);
    const actor = actorOf(viewer);
    const events: CaseEventDraft[] = [];
    const set: Partial<typeof cases.$inferInsert> = {};

    const step = changes.step ?? current.step;
    // A combined step that becomes the main step is no longer "combined".
    const combined = inStepOrder((changes.combinedSteps ?? current.combinedSteps).filter((s) => s !== step));
    if (step !== current.step || !sameSteps(combined, current.combinedSteps)) {
      set.step = step;
      set.combinedSteps = combined;
      events.push({
        caseId,
        type: 'step.changed',
        actor,
        data: { from: { step: current.step, combinedSteps: current.combinedSteps }, to: { step, combinedSteps: combined } },
      });
    }
    if (changes.route !== undefined && changes.route !== current.route) {
      set.route = changes.route;
      events.push({ caseId, type: 'route.changed', actor, data: { from: current.route, to: changes.route } });
    }
    if (changes.intensity !== undefined && changes.intensity !== current.intensity) {
      set.intensity = changes.intensity;
      events.push({ caseId, type: 'intensity.changed', actor, data: { from: current.intensity, to: changes.intensity } });
    }
    if (events.length === 0) return { changed: [] };
    await tx.update(cases).set({ ...set, updatedAt: options.now ?? new Date() }).where(eq(cases.id, caseId));
    await appendCaseEvents(tx, events);
    return { changed: events.map((e) => e.type) };
  });
}

function inStepOrder(steps: string[]): CaseStep[] {
  return caseSteps.filter((s) => steps.includes(s));
}

function sameSteps(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}
