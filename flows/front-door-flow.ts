import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { emitEvent } from '../bot/turn-effects';
import { say, sayText, turnLanguage } from './ask-dialog';
import { referralMessage } from './directory/referral-message';
import { turnDirectory } from './directory/turn-directory';
import { IntakeDialog, INTAKE_DIALOG_ID, isIntakeOutcome, type IntakeCompletedPayload } from './intake-dialog';
import { NAME_DIALOG_ID, NameDialog } from './name-dialog';
import { isKeuzehulpResult, KEUZEHULP_DIALOG_ID, KeuzehulpDialog, type KeuzehulpOptions } from './keuzehulp-dialog';
import { decideRoute, type Referral } from './routing';
import { isWerkLadderResult, WERK_LADDER_DIALOG_ID, WerkLadderDialog } from './werk-ladder-dialog';
import { isZelfscanResult, ZELFSCAN_DIALOG_ID, ZelfscanDialog } from './zelfscan-dialog';

export const FRONT_DOOR_FLOW_ID = 'frontDoorFlow';

/** Ends the flow: whether the intake was finished (and the outcome event emitted). */
export interface FrontDoorFlowResult {
  completed: boolean;
  /**
   * Who asks the rating: the case store after its "Goed nieuws! …" (a coach was found), or the bot
   * now, right after a referral it gave itself (nothing more comes from the case store).
   */
  ratingAskedBy?: 'store' | 'bot';
}

export function isFrontDoorFlowResult(value: unknown): value is FrontDoorFlowResult {
  return typeof value === 'object' && value !== null && typeof (value as { completed?: unknown }).completed === 'boolean';
}

interface FlowValues {
  intake?: IntakeCompletedPayload;
}

/**
 * The whole first conversation, one question at a time: consent and intake (age, municipality,
 * diploma, wish); the keuzehulp for "weet ik nog niet"; the Werkcentrum ladder on the work route;
 * then the zelfscan over the life domains and the preferred contact times, and last the name the
 * coach may use (optional). Someone who is referred
 * (27 or older, another municipality) gets their next step straight after the intake, without the
 * zelfscan: nobody answers questions that change nothing for them.
 *
 * Its outcome is one `intake.completed` event; the case store does the rest (DESIGN.md data flow).
 * A ComponentDialog, so that global commands pushed on top (stop, menu, taal) resume it by asking
 * the open question again.
 */
export class FrontDoorFlow extends ComponentDialog {
  /**
   * @param options.askFeedback The outcome asks the case store to send the rating question after it
   * told the young person who helps them (the bot waits for the answer).
   */
  constructor(private readonly options: { askFeedback?: boolean | undefined } = {}) {
    super(FRONT_DOOR_FLOW_ID);
    this.addDialog(new IntakeDialog());
    this.addDialog(new KeuzehulpDialog());
    this.addDialog(new WerkLadderDialog());
    this.addDialog(new ZelfscanDialog());
    this.addDialog(new NameDialog());
    this.addDialog(
      new WaterfallDialog(`${FRONT_DOOR_FLOW_ID}.steps`, [
        (step) => step.beginDialog(INTAKE_DIALOG_ID),
        (step) => this.afterIntake(step),
        (step) => this.afterKeuzehulp(step),
        (step) => this.afterLadder(step),
        (step) => this.afterZelfscan(step),
        (step) => this.finish(step),
      ]),
    );
    this.initialDialogId = `${FRONT_DOOR_FLOW_ID}.steps`;
  }

  private async afterIntake(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const outcome = step.result;
    if (!isIntakeOutcome(outcome) || outcome.status !== 'completed') return step.endDialog({ completed: false } satisfies FrontDoorFlowResult);
    const intake = outcome.answers;
    values(step).intake = intake;
    const route = decideRoute(intake);
    if (route.kind === 'referral') return this.refer(step, intake, route.referral);
    if (intake.wants === 'weet_niet') {
      const options: KeuzehulpOptions = { hasStartkwalificatie: intake.hasStartkwalificatie, age: intake.age };
      return step.beginDialog(KEUZEHULP_DIALOG_ID, options);
    }
    return step.next();
  }

  private async afterKeuzehulp(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const intake = values(step).intake!;
    if (isKeuzehulpResult(step.result)) {
      intake.chosenRoute = step.result.route;
      if (step.result.learningStyle) intake.learningStyle = step.result.learningStyle;
    }
    const route = decideRoute(intake);
    // The ladder is the Werkcentrum's; it means something from 18, when the work route applies.
    if (route.kind === 'coach' && route.route === 'werk') return step.beginDialog(WERK_LADDER_DIALOG_ID);
    return step.next();
  }

  private async afterLadder(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (isWerkLadderResult(step.result)) values(step).intake!.ladderAim = step.result.ladderAim;
    return step.beginDialog(ZELFSCAN_DIALOG_ID);
  }

  /** Last, just before the handover: what the coach may call them (optional). */
  private async afterZelfscan(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const intake = values(step).intake!;
    if (isZelfscanResult(step.result)) {
      intake.zelfscan = step.result.outcome;
      intake.contactTimes = step.result.contactTimes;
    }
    return step.beginDialog(NAME_DIALOG_ID);
  }

  private async finish(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const intake = values(step).intake!;
    if (typeof step.result === 'string') intake.name = step.result;
    return this.complete(step, intake);
  }

  /**
   * 27 or older, or another municipality: the referral with a real contact at once, not "ik zoek
   * nu uit wie je kan helpen" first. The case store only counts it (or, with a safety handover
   * open, keeps it on that case): nothing waits on the worker.
   */
  private async refer(step: WaterfallStepContext, intake: IntakeCompletedPayload, referral: Referral): Promise<DialogTurnResult> {
    emitEvent(step.context, { type: 'intake.completed', payload: inCurrentLanguage(step, intake) });
    const { t } = turnLanguage(step.context);
    await sayText(step.context, referralMessage({ t, directory: turnDirectory(step.context), referral, municipality: intake.municipality, otherPlace: intake.otherPlace }));
    return step.endDialog({ completed: true, ratingAskedBy: 'bot' } satisfies FrontDoorFlowResult);
  }

  private async complete(step: WaterfallStepContext, intake: IntakeCompletedPayload): Promise<DialogTurnResult> {
    const payload = inCurrentLanguage(step, intake);
    emitEvent(step.context, { type: 'intake.completed', payload: this.options.askFeedback ? { ...payload, askFeedback: true } : payload });
    await say(step.context, 'intake.done');
    return step.endDialog({ completed: true, ratingAskedBy: 'store' } satisfies FrontDoorFlowResult);
  }
}

/**
 * The language the young person chats in when the flow ends, not when the intake questions
 * did: the coach's summary and the handover message follow a switch during the zelfscan.
 */
function inCurrentLanguage(step: WaterfallStepContext, intake: IntakeCompletedPayload): IntakeCompletedPayload {
  return { ...intake, locale: turnLanguage(step.context).locale };
}

function values(step: WaterfallStepContext): FlowValues {
  return step.values as FlowValues;
}
