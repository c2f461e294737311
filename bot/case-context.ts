import type { TurnContext } from 'botbuilder';

/** The young person's open case, as the turn runner found it: the bot greets them with their coach. */
export interface CaseContext {
  coachFirstName: string;
  coachRole: string;
  /** A handover is open or the coach wrote lately: free text goes to the coach (cases/case/case-messages.ts). */
  threadOpen?: boolean;
  /** The coach wrote within a day: they are in the conversation, no need to say a message was passed on. */
  coachWroteToday?: boolean;
  /**
   * Who reads what the young person writes for the coach, when that is not the coach: the holder of
   * an open urgent handover (cases/case/message-recipient.ts). `urgentTeam`: the Sociaal team or
   * the duty contact, said as "a colleague of the Jongerenloket".
   */
  reader?: { firstName: string; urgentTeam: boolean };
}

const CASE_CONTEXT = Symbol.for('jongerenloket.caseContext');

export function setCaseContext(context: TurnContext, value: CaseContext | undefined): void {
  context.turnState.set(CASE_CONTEXT, value);
}

/** Undefined when the young person has no open case with a coach. */
export function caseContext(context: TurnContext): CaseContext | undefined {
  return context.turnState.get(CASE_CONTEXT) as CaseContext | undefined;
}

/** The young person's last case, closed by their coach: what they write still reaches that coach. */
export interface ClosedCaseContext {
  coachFirstName: string;
}

const CLOSED_CASE_CONTEXT = Symbol.for('jongerenloket.closedCaseContext');

export function setClosedCaseContext(context: TurnContext, value: ClosedCaseContext | undefined): void {
  context.turnState.set(CLOSED_CASE_CONTEXT, value);
}

/** Undefined when the young person has an open case, or never had a case closed by a coach. */
export function closedCaseContext(context: TurnContext): ClosedCaseContext | undefined {
  return context.turnState.get(CLOSED_CASE_CONTEXT) as ClosedCaseContext | undefined;
}
