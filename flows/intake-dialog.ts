import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { emitEvent } from '../bot/turn-effects';
import type { Language } from '../locales/index';
import { AskDialog, say, sayText, turnLanguage, type AskChoice } from './ask-dialog';
import { regionContacts } from './directory/referral-message';
import { turnDirectory } from './directory/turn-directory';
import type { LearningStyle } from './keuzehulp-rules';
import { rememberFacts } from './known-facts';
import { PlaceDialog, type PlaceAnswer } from './places/place-dialog';
import type { ChosenRoute, RoutingMunicipality, Wants } from './routing';
import type { LadderAim } from './werk-ladder-dialog';
import type { ZelfscanOutcome } from './zelfscan-scoring';

export const INTAKE_DIALOG_ID = 'intake';

export class IncompleteIntakeError extends Error {
  constructor() {
    super('The intake reached its end without all answers.');
    this.name = this.constructor.name;
  }
}

export type Diploma = 'geen' | 'vmbo' | 'mbo1' | 'mbo2plus' | 'havo_vwo' | 'anders';

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
  /** After "weet ik nog niet": the route the keuzehulp settled on, and for school how to learn. */
  chosenRoute?: ChosenRoute;
  learningStyle?: LearningStyle;
  /** On the work route: the Werkcentrum ladder aim. */
  ladderAim?: LadderAim;
  /** The zelfscan outcome: levels per domain, obstacles, topics, intensity. */
  zelfscan?: ZelfscanOutcome;
  /** When the young person prefers to be contacted. */
  contactTimes?: string;
}

/** What the intake dialog ends with. */
export type IntakeOutcome = { status: 'completed'; answers: IntakeCompletedPayload } | { status: 'declined' };

export function isIntakeOutcome(value: unknown): value is IntakeOutcome {
  if (typeof value !== 'object' || value === null) return false;
  const { status } = value as { status?: unknown };
  return status === 'completed' || status === 'declined';
}

/** A startkwalificatie is a havo or vwo diploma, or mbo level 2 or higher (DESIGN.md, words of the domain). */
export function hasStartkwalificatie(diploma: Diploma): boolean {
  return diploma === 'mbo2plus' || diploma === 'havo_vwo';
}

const MIN_AGE = 10;
const MAX_AGE = 99;

/** "17", "17 jaar", "ik ben 17" → 17; no number, several numbers, or outside 10–99 → not an age. */
export function parseAge(text: string): number | undefined {
  const numbers = text.match(/\d+/g);
  if (numbers?.length !== 1) return undefined;
  const age = Number(numbers[0]);
  return age >= MIN_AGE && age <= MAX_AGE ? age : undefined;
}

const choices = (prefix: string, ids: readonly string[], aliased: readonly string[] = []): AskChoice[] =>
  ids.map((id) => ({
    id,
    titleKey: `${prefix}.${id}`,
    ...(aliased.includes(id) ? { aliasesKey: `${prefix}.${id}_aliases` } : {}),
  }));

const ASK = {
  consent: 'intake.consent',
  age: 'intake.age',
  municipality: 'intake.municipality',
  diploma: 'intake.diploma',
  wants: 'intake.wants',
} as const;

interface IntakeValues {
  age?: number;
  municipality?: RoutingMunicipality;
  otherPlace?: string;
  diploma?: Diploma;
}

/** The intake's municipality, and for anyone outside the region where they live. */
function locatedIn(place: PlaceAnswer): { municipality: RoutingMunicipality; otherPlace?: string } {
  switch (place.kind) {
    case 'region':
      return { municipality: place.municipality };
    case 'elsewhere':
      return { municipality: 'other', otherPlace: place.slug };
    case 'abroad':
      return { municipality: 'other', otherPlace: 'buitenland' };
    case 'unknown':
      return { municipality: 'other', otherPlace: 'onbekend' };
  }
}

/**
 * The first flow: welcome, privacy notice and consent, then age, municipality, highest diploma and
 * what the young person wants — one question at a time. Ends with the answers (or emits
 * `intake.declined`); the front-door flow (front-door-flow.ts) goes on and emits the outcome.
 */
export class IntakeDialog extends ComponentDialog {
  constructor() {
    super(INTAKE_DIALOG_ID);
    this.addDialog(
      new AskDialog(ASK.consent, {
        textKey: 'intake.consent.question',
        choices: choices('intake.consent', ['yes', 'no'], ['yes', 'no']),
        expects: 'choice',
        retryKey: 'intake.consent.retry',
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
        choices: choices(
          'intake.diploma',
          ['geen', 'vmbo', 'mbo1', 'mbo2plus', 'havo_vwo', 'anders'],
          ['geen', 'mbo1', 'mbo2plus', 'havo_vwo'],
        ),
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
      new WaterfallDialog(`${INTAKE_DIALOG_ID}.steps`, [
        (step) => this.welcome(step),
        (step) => this.consented(step),
        (step) => this.aged(step),
        (step) => this.located(step),
        (step) => this.qualified(step),
        (step) => this.completed(step),
      ]),
    );
    this.initialDialogId = `${INTAKE_DIALOG_ID}.steps`;
  }

  private async welcome(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await say(step.context, 'intake.welcome');
    return step.beginDialog(ASK.consent);
  }

  private async consented(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result !== 'yes') {
      // "Bel of kom langs" names the Jongerenloket's desks from the directory: nothing is kept to refer them further.
      const { t } = turnLanguage(step.context);
      await sayText(step.context, [t('intake.consent.declined'), ...regionContacts(t, turnDirectory(step.context))].join('\n\n'));
      emitEvent(step.context, { type: 'intake.declined', payload: { locale: turnLanguage(step.context).locale } });
      const outcome: IntakeOutcome = { status: 'declined' };
      return step.endDialog(outcome);
    }
    return step.beginDialog(ASK.age);
  }

  private async aged(step: WaterfallStepContext): Promise<DialogTurnResult> {
    // Under 15 or 27 and over still continue: routing decides who helps (No Wrong Door).
    values(step).age = step.result as number;
    rememberFacts(step.context, { age: step.result as number });
    return step.beginDialog(ASK.municipality);
  }

  private async located(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const located = locatedIn(step.result as PlaceAnswer);
    Object.assign(values(step), located);
    rememberFacts(step.context, { municipality: located.municipality });
    return step.beginDialog(ASK.diploma);
  }

  private async qualified(step: WaterfallStepContext): Promise<DialogTurnResult> {
    values(step).diploma = step.result as Diploma;
    return step.beginDialog(ASK.wants);
  }

  private async completed(step: WaterfallStepContext): Promise<DialogTurnResult> {
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
      wants: step.result as Wants,
      locale: turnLanguage(step.context).locale,
    };
    // The front-door flow goes on (keuzehulp, zelfscan) and emits the outcome at its end.
    const outcome: IntakeOutcome = { status: 'completed', answers };
    return step.endDialog(outcome);
  }
}

function values(step: WaterfallStepContext): IntakeValues {
  return step.values as IntakeValues;
}
