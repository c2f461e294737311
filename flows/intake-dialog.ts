import type { TurnContext } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { privacyUrl } from '../bot/public-links';
import { emitEvent } from '../bot/turn-effects';
import type { Language } from '../locales/index';
import { ageBand, TARGET_GROUP_END_AGE, type AgeBand } from './age-bands';
import { AskDialog, say, sayText, turnLanguage, type AskChoice } from './ask-dialog';
import { DIPLOMAS, hasStartkwalificatie, type Diploma } from './diploma';
import { regionContacts } from './directory/referral-message';
import { turnDirectory } from './directory/turn-directory';
import type { LearningStyle } from './keuzehulp-rules';
import { rememberFacts } from './known-facts';
import { languageOffer } from './language-dialog';
import { numbersIn } from './match-choice';
import { locatedIn } from './places/located-in';
import { PlaceDialog, type PlaceAnswer } from './places/place-dialog';
import type { ChosenRoute, RoutingMunicipality, Wants } from './routing';
import type { LadderAim } from './werk-ladder-dialog';
import { yesNoChoices } from './yes-no';
import type { ZelfscanOutcome } from './zelfscan-scoring';

export { hasStartkwalificatie, type Diploma } from './diploma';

export const INTAKE_DIALOG_ID = 'intake';

export class IncompleteIntakeError extends Error {
  constructor() {
    super('The intake reached its end without all answers.');
    this.name = this.constructor.name;
  }
}

/** Payload of the `intake.completed` event (cases/domain-events.ts checks it against the catalogue). */
export interface IntakeCompletedPayload {
  age: number;
  municipality: RoutingMunicipality;
  /**
   * With municipality 'other': the slug of their own municipality (data/municipalities.csv),
   * 'buitenland', or 'onbekend' ("weet ik niet"). The referral names that municipality's contact.
   */
  otherPlace?: string;
  diploma: Diploma;
  hasStartkwalificatie: boolean;
  wants: Wants;
  locale: Language;
  /** Under 16: whether the coach may contact a parent or carer (the young person's answer). */
  mayContactParent?: boolean;
  /** After "weet ik nog niet": the route the keuzehulp settled on, and for school how to learn. */
  chosenRoute?: ChosenRoute;
  learningStyle?: LearningStyle;
  /** On the work route: the Werkcentrum ladder aim. */
  ladderAim?: LadderAim;
  /** The zelfscan outcome: levels per domain, obstacles, topics, intensity. */
  zelfscan?: ZelfscanOutcome;
  /** When the young person prefers to be contacted. */
  contactTimes?: string;
  /** What the coach may call them: a first name or a chosen name they typed (flows/name-dialog.ts). */
  name?: string;
}

/** What the intake dialog ends with. */
export type IntakeOutcome = { status: 'completed'; answers: IntakeCompletedPayload } | { status: 'declined' } | { status: 'too_young' };

export function isIntakeOutcome(value: unknown): value is IntakeOutcome {
  if (typeof value !== 'object' || value === null) return false;
  const { status } = value as { status?: unknown };
  return status === 'completed' || status === 'declined' || status === 'too_young';
}

const MIN_AGE = 5;
const MAX_AGE = 99;

/** "17", "17 jaar", "ik ben 17" → 17; no number, several numbers, or outside 5–99 → not an age. */
export function parseAge(text: string): number | undefined {
  const numbers = numbersIn(text);
  const age = numbers[0];
  if (numbers.length !== 1 || age === undefined) return undefined;
  return age >= MIN_AGE && age <= MAX_AGE ? age : undefined;
}

const choices = (prefix: string, ids: readonly string[], aliased: readonly string[] = []): AskChoice[] =>
  ids.map((id) => ({
    id,
    titleKey: `${prefix}.${id}`,
    ...(aliased.includes(id) ? { aliasesKey: `${prefix}.${id}_aliases` } : {}),
  }));

const STEPS_ID = `${INTAKE_DIALOG_ID}.steps.v2`;
/** Ids of the intake before age came first (see addLegacyDialogs). */
const LEGACY_STEPS_ID = `${INTAKE_DIALOG_ID}.steps`;
const LEGACY_CONSENT_ID = 'intake.consent';

/**
 * The privacy notice that fits each age band that gets an intake (flows/age-bands.ts, docs/privacy.md):
 * short messages first, then the consent question with its buttons last. Each band keeps its own
 * question dialog id, as stored conversations hold it on their stack.
 */
const CONSENT_NOTICE: Record<Exclude<AgeBand, 'te_jong'>, { dialogId: string; noticeKeys: string[] }> = {
  onder_16: { dialogId: 'intake.consent.question_under16', noticeKeys: ['intake.consent.notice.what', 'intake.consent.notice.under16', 'intake.consent.notice.under16_parents'] },
  leerplicht: { dialogId: 'intake.consent.question_leerplicht', noticeKeys: ['intake.consent.notice.what', 'intake.consent.notice.leerplicht', 'intake.consent.notice.leerplicht_parents'] },
  volwassen: { dialogId: 'intake.consent.question', noticeKeys: ['intake.consent.notice.what', 'intake.consent.notice.coach'] },
};
const CONSENT_QUESTION_KEY = 'intake.consent.question';

const consentParams = (context: TurnContext) => ({ privacyUrl: privacyUrl(context, turnLanguage(context).locale) });

const ASK = {
  age: 'intake.age',
  parent: 'intake.parent',
  municipality: 'intake.municipality',
  diploma: 'intake.diploma',
  wants: 'intake.wants',
} as const;

interface IntakeValues {
  age?: number;
  mayContactParent?: boolean;
  municipality?: RoutingMunicipality;
  otherPlace?: string;
  diploma?: Diploma;
}

/**
 * The first flow: welcome and age first, then the privacy notice that fits the age, then
 * municipality, highest diploma and what the young person wants — one question at a time.
 * - Under 15: no intake. A kind message (mentor, parents, De Kindertelefoon) and nothing kept: the
 *   age is not remembered and no event is emitted, so no case and no youth row come of it.
 * - 15: the notice says a parent or carer may be involved; after consent, the bot asks whether the
 *   coach may contact them (`mayContactParent` in the outcome).
 * - 16 and 17: the notice says plainly that the leerplichtambtenaar helps them.
 * Ends with the answers (or emits `intake.declined`); the front-door flow (front-door-flow.ts) goes
 * on and emits the outcome.
 */
export class IntakeDialog extends ComponentDialog {
  constructor() {
    super(INTAKE_DIALOG_ID);
    for (const { dialogId } of Object.values(CONSENT_NOTICE)) {
      this.addDialog(
        new AskDialog(dialogId, {
          textKey: CONSENT_QUESTION_KEY,
          // "Lees meer": the privacy statement, in their language, before they say yes.
          textParams: consentParams,
          choices: yesNoChoices('intake.consent'),
          expects: 'choice',
          retryKey: 'intake.consent.retry',
        }),
      );
    }
    this.addDialog(
      new AskDialog(ASK.parent, {
        textKey: 'intake.parent.question',
        choices: yesNoChoices('intake.parent'),
        expects: 'choice',
        retryKey: 'intake.parent.retry',
      }),
    );
    this.addDialog(
      new AskDialog<number>(ASK.age, {
        textKey: 'intake.age.question',
        expects: 'number',
        validate: parseAge,
        retryKey: 'intake.age.retry',
      }),
    );
    this.addDialog(new PlaceDialog(ASK.municipality));
    this.addDialog(
      new AskDialog(ASK.diploma, {
        textKey: 'intake.diploma.question',
        // Ten options: a WhatsApp list holds ten (DESIGN.md rule 6).
        choices: choices('intake.diploma', DIPLOMAS, DIPLOMAS.filter((id) => id !== 'vmbo')),
        expects: 'choice',
        retryKey: 'intake.diploma.retry',
      }),
    );
    this.addDialog(
      new AskDialog(ASK.wants, {
        textKey: 'intake.wants.question',
        choices: choices('intake.wants', ['school', 'werk', 'weet_niet'], ['school', 'werk', 'weet_niet']),
        expects: 'choice',
        retryKey: 'intake.wants.retry',
      }),
    );
    this.addDialog(
      new WaterfallDialog(STEPS_ID, [
        (step) => this.welcome(step),
        (step) => this.aged(step),
        (step) => this.consented(step),
        (step) => this.parentAnswered(step),
        (step) => this.located(step),
        (step) => this.qualified(step),
        (step) => this.completed(step),
      ]),
    );
    this.addLegacyDialogs();
    this.initialDialogId = STEPS_ID;
  }

  /**
   * Conversations that were in the intake when its order changed (consent → age became age →
   * consent) hold the old waterfall and maybe the old consent question on their stored stack.
   * Whatever they answer next starts the intake again from the welcome, instead of reading an
   * answer as the wrong question's.
   */
  private addLegacyDialogs(): void {
    const restart = (step: WaterfallStepContext) => step.replaceDialog(STEPS_ID);
    this.addDialog(new WaterfallDialog(LEGACY_STEPS_ID, Array.from({ length: 7 }, () => restart)));
    this.addDialog(
      new AskDialog(LEGACY_CONSENT_ID, { textKey: CONSENT_QUESTION_KEY, textParams: consentParams, choices: yesNoChoices('intake.consent'), expects: 'choice', retryKey: 'intake.consent.retry' }),
    );
  }

  private async welcome(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t, locale } = turnLanguage(step.context);
    await sayText(step.context, `${t('intake.welcome')}\n${languageOffer(t, locale)}`);
    return step.beginDialog(ASK.age);
  }

  private async aged(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const age = step.result as number;
    const band = ageBand(age);
    if (band === 'te_jong') {
      // Nothing kept: the age is neither remembered nor sent on (docs/privacy.md).
      await say(step.context, 'intake.too_young');
      const outcome: IntakeOutcome = { status: 'too_young' };
      return step.endDialog(outcome);
    }
    values(step).age = age;
    const { dialogId, noticeKeys } = CONSENT_NOTICE[band];
    for (const key of noticeKeys) await say(step.context, key);
    return step.beginDialog(dialogId);
  }

  private async consented(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result !== 'yes') {
      // "Bel of kom langs" names the Jongerenloket's desks from the directory: nothing is kept to refer them further.
      const { t } = turnLanguage(step.context);
      await say(step.context, 'intake.consent.declined');
      await sayText(step.context, [t('intake.consent.declined_contacts'), ...regionContacts(t, turnDirectory(step.context))].join('\n\n'));
      emitEvent(step.context, { type: 'intake.declined', payload: { locale: turnLanguage(step.context).locale } });
      const outcome: IntakeOutcome = { status: 'declined' };
      return step.endDialog(outcome);
    }
    // Only now, with consent (or a parent's say for under 16: see docs/privacy.md), is the age kept.
    const age = values(step).age!;
    rememberFacts(step.context, { age });
    if (ageBand(age) === 'onder_16') return step.beginDialog(ASK.parent);
    return step.next();
  }

  private async parentAnswered(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result === 'yes' || step.result === 'no') {
      values(step).mayContactParent = step.result === 'yes';
      await say(step.context, step.result === 'yes' ? 'intake.parent.noted_yes' : 'intake.parent.noted_no');
    }
    return step.beginDialog(ASK.municipality);
  }

  private async located(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const located = locatedIn(step.result as PlaceAnswer);
    Object.assign(values(step), located);
    rememberFacts(step.context, { municipality: located.municipality });
    // Someone from elsewhere gets their own municipality's contact at once, and someone of 27 or older
    // the Werkcentrum or Sociaal loket: their diploma changes nothing, so it is not asked (nor kept).
    if (located.municipality === 'other') {
      values(step).diploma = 'weet_niet';
      return this.finish(step, 'weet_niet');
    }
    if (values(step).age! >= TARGET_GROUP_END_AGE) return step.next('weet_niet' satisfies Diploma);
    return step.beginDialog(ASK.diploma);
  }

  private async qualified(step: WaterfallStepContext): Promise<DialogTurnResult> {
    values(step).diploma = step.result as Diploma;
    return step.beginDialog(ASK.wants);
  }

  private async completed(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.finish(step, step.result as Wants);
  }

  private async finish(step: WaterfallStepContext, wants: Wants): Promise<DialogTurnResult> {
    const { age, municipality, otherPlace, diploma } = values(step);
    if (age === undefined || municipality === undefined || diploma === undefined) {
      throw new IncompleteIntakeError();
    }
    const answers: IntakeCompletedPayload = {
      age,
      municipality,
      ...(otherPlace ? { otherPlace } : {}),
      diploma,
      hasStartkwalificatie: hasStartkwalificatie(diploma),
      wants,
      locale: turnLanguage(step.context).locale,
      ...(values(step).mayContactParent === undefined ? {} : { mayContactParent: values(step).mayContactParent }),
    };
    // The front-door flow goes on (keuzehulp, zelfscan) and emits the outcome at its end.
    const outcome: IntakeOutcome = { status: 'completed', answers };
    return step.endDialog(outcome);
  }
}

function values(step: WaterfallStepContext): IntakeValues {
  return step.values as IntakeValues;
}
