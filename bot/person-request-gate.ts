import type { TurnContext } from 'botbuilder';

/** Asked before a person request becomes a handover: false when the origin's limit is reached. */
export type PersonRequestGate = () => Promise<boolean>;

const GATE = Symbol.for('jongerenloket.personRequestGate');

/** The turn runner binds the gate of this message's origin (web chat); none: no limit (WhatsApp). */
export function setPersonRequestGate(context: TurnContext, gate: PersonRequestGate | undefined): void {
  context.turnState.set(GATE, gate);
}

/** Whether this turn may hand over to a person (cases/handover/person-request-limit.ts). */
export async function personRequestAllowed(context: TurnContext): Promise<boolean> {
  const gate = context.turnState.get(GATE) as PersonRequestGate | undefined;
  return gate ? gate() : true;
}
