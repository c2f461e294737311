import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { AskDialog, say, type AskChoice } from './ask-dialog';
import { YES_WORDS } from './yes-no';
import {
  asksLearningWay,
  incomeNeeds,
  keuzehulpRoutes,
  learningStyles,
  learningWays,
  preferences,
  restFirstAnswers,
  suggestRoute,
  type KeuzehulpAnswers,
  type KeuzehulpReason,
  type KeuzehulpRoute,
  type KeuzehulpSuggestion,
  type LearningStyle,
} from './keuzehulp-rules';

export const KEUZEHULP_DIALOG_ID = 'keuzehulp';

/** What the caller passes to `beginDialog(KEUZEHULP_DIALOG_ID, options)`, from the intake. */
export interface KeuzehulpOptions {
  hasStartkwalificatie: boolean;
  age: number;
}

/** What the keuzehulp ends with. */
export interface KeuzehulpResult {
  /** The route the young person chose: the suggestion when confirmed, otherwise their pick. */
  route: KeuzehulpRoute;
  /** The route the rules suggested. */
  suggested: KeuzehulpRoute;
  /** True when the young person agreed with the suggestion. */
  confirmed: boolean;
  /**
   * For the school route: the suggested way when confirmed; after "Liever naar school" only what
   * they chose in the BBL/BOL question (no answer there means the coach asks).
   */
  learningStyle?: LearningStyle;
  /** Which rule made the suggestion, for the coach's summary. */
  reason: KeuzehulpReason;
  answers: KeuzehulpAnswers;
}

export class InvalidKeuzehulpOptionsError extends Error {
  constructor() {
    super('The keuzehulp needs { hasStartkwalificatie: boolean, age: number } as options.');
    this.name = this.constructor.name;
  }
}

export class IncompleteKeuzehulpError extends Error {
  constructor() {
    super('The keuzehulp reached its suggestion without all answers.');
    this.name = this.constructor.name;
  }
}

const oneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

function isKeuzehulpOptions(value: unknown): value is KeuzehulpOptions {
  if (typeof value !== 'object' || value === null) return false;
  const { hasStartkwalificatie, age } = value as Partial<Record<keyof KeuzehulpOptions, unknown>>;
  return typeof hasStartkwalificatie === 'boolean' && typeof age === 'number' && Number.isFinite(age);
}

function isKeuzehulpAnswers(value: unknown): value is KeuzehulpAnswers {
  if (typeof value !== 'object' || value === null) return false;
  const { preference, incomeNow, learningWay, restFirst } = value as Partial<Record<keyof KeuzehulpAnswers, unknown>>;
  return (
    oneOf(preferences, preference) &&
    oneOf(incomeNeeds, incomeNow) &&
    (learningWay === undefined || oneOf(learningWays, learningWay)) &&
    oneOf(restFirstAnswers, restFirst)
  );
}

export function isKeuzehulpResult(value: unknown): value is KeuzehulpResult {
  if (typeof value !== 'object' || value === null) return false;
  const { route, suggested, confirmed, learningStyle, reason, answers } = value as Partial<Record<keyof KeuzehulpResult, unknown>>;
  return (
    oneOf(keuzehulpRoutes, route) &&
    oneOf(keuzehulpRoutes, suggested) &&
    typeof confirmed === 'boolean' &&
    (learningStyle === undefined || oneOf(learningStyles, learningStyle)) &&
    typeof reason === 'string' &&
    isKeuzehulpAnswers(answers)
  );
}

const NS = 'keuzehulp:';

const choices = (prefix: string, ids: readonly string[]): AskChoice[] =>
  ids.map((id) => ({ id, titleKey: `${NS}${prefix}.${id}`, aliasesKey: `${NS}${prefix}.${id}_aliases` }));

const question = (name: keyof KeuzehulpAnswers, ids: readonly string[]): AskDialog =>
  new AskDialog(`${KEUZEHULP_DIALOG_ID}.${name}`, {
    textKey: `${NS}${name}.question`,
    choices: choices(name, ids),
    expects: 'choice',
    retryKey: `${NS}${name}.retry`,
  });

/** One wording per suggestion; the school route says which way of learning. */
type SuggestionVariant = 'school_bbl' | 'school_bol' | 'werk' | 'werk_leren' | 'zorg';
const suggestionVariants: readonly SuggestionVariant[] = ['school_bbl', 'school_bol', 'werk', 'werk_leren', 'zorg'];

function variantOf({ route, learningStyle, withLearning }: KeuzehulpSuggestion): SuggestionVariant {
  if (route === 'school') return learningStyle === 'bbl' ? 'school_bbl' : 'school_bol';
  if (route === 'werk' && withLearning) return 'werk_leren';
  return route;
}

const confirmDialogId = (variant: SuggestionVariant) => `${KEUZEHULP_DIALOG_ID}.confirm.${variant}`;

/**
 * Confirming is one tap; the two other routes are the alternatives, so the question never has
 * more than the 3 quick-reply buttons WhatsApp allows (DESIGN.md rule 6).
 */
const confirmQuestion = (variant: SuggestionVariant): AskDialog => {
  const route = variant.startsWith('school') ? 'school' : variant.startsWith('werk') ? 'werk' : variant;
  return new AskDialog(confirmDialogId(variant), {
    textKey: `${NS}suggestion.${variant}`,
    choices: choices('confirm', ['yes', ...keuzehulpRoutes.filter((other) => other !== route)]).map((choice) =>
      choice.id === 'yes' ? { ...choice, aliasesKey: [`${NS}confirm.yes_aliases`, YES_WORDS] } : choice,
    ),
    expects: 'choice',
    retryKey: `${NS}suggestion.retry`,
  });
};

interface KeuzehulpValues {
  preference?: KeuzehulpAnswers['preference'];
  incomeNow?: KeuzehulpAnswers['incomeNow'];
  learningWay?: KeuzehulpAnswers['learningWay'];
  answers?: KeuzehulpAnswers;
  suggestion?: KeuzehulpSuggestion;
}

/**
 * The keuzehulp for a young person who does not know yet what they want: a short intro, 3 or 4
 * choice questions (the BBL/BOL one only for those who like learning), then a suggestion from
 * `suggestRoute` that they confirm with one tap or replace by another route. Ends with a
 * `KeuzehulpResult`; the caller stores it and says what happens next.
 */
export class KeuzehulpDialog extends ComponentDialog {
  constructor() {
    super(KEUZEHULP_DIALOG_ID);
    this.addDialog(question('preference', preferences));
    this.addDialog(question('incomeNow', incomeNeeds));
    this.addDialog(question('learningWay', learningWays));
    this.addDialog(question('restFirst', restFirstAnswers));
    for (const variant of suggestionVariants) this.addDialog(confirmQuestion(variant));
    this.addDialog(
      new WaterfallDialog(`${KEUZEHULP_DIALOG_ID}.steps`, [
        (step) => this.intro(step),
        (step) => this.preferred(step),
        (step) => this.incomeAsked(step),
        (step) => this.learningWayAsked(step),
        (step) => this.suggest(step),
        (step) => this.decided(step),
      ]),
    );
    this.initialDialogId = `${KEUZEHULP_DIALOG_ID}.steps`;
  }

  private async intro(step: WaterfallStepContext): Promise<DialogTurnResult> {
    // A caller bug, not a user error: fail before asking anything.
    if (!isKeuzehulpOptions(step.options)) throw new InvalidKeuzehulpOptionsError();
    await say(step.context, `${NS}intro`);
    return step.beginDialog(`${KEUZEHULP_DIALOG_ID}.preference`);
  }

  private async preferred(step: WaterfallStepContext): Promise<DialogTurnResult> {
    values(step).preference = step.result as KeuzehulpAnswers['preference'];
    return step.beginDialog(`${KEUZEHULP_DIALOG_ID}.incomeNow`);
  }

  private async incomeAsked(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = values(step);
    state.incomeNow = step.result as KeuzehulpAnswers['incomeNow'];
    // BBL or BOL means nothing to someone who would rather not learn in a class: one tap fewer.
    if (state.preference && asksLearningWay(state.preference)) return step.beginDialog(`${KEUZEHULP_DIALOG_ID}.learningWay`);
    return step.next();
  }

  private async learningWayAsked(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result !== undefined) values(step).learningWay = step.result as KeuzehulpAnswers['learningWay'];
    return step.beginDialog(`${KEUZEHULP_DIALOG_ID}.restFirst`);
  }

  private async suggest(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = values(step);
    const { preference, incomeNow, learningWay } = state;
    if (preference === undefined || incomeNow === undefined) throw new IncompleteKeuzehulpError();
    const answers: KeuzehulpAnswers = {
      preference,
      incomeNow,
      ...(learningWay ? { learningWay } : {}),
      restFirst: step.result as KeuzehulpAnswers['restFirst'],
    };
    const { hasStartkwalificatie, age } = step.options as KeuzehulpOptions;
    const suggestion = suggestRoute({ answers, hasStartkwalificatie, age });
    state.answers = answers;
    state.suggestion = suggestion;
    return step.beginDialog(confirmDialogId(variantOf(suggestion)));
  }

  private async decided(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { answers, suggestion } = values(step);
    if (!answers || !suggestion) throw new IncompleteKeuzehulpError();
    const confirmed = step.result === 'yes';
    const route = confirmed ? suggestion.route : (step.result as KeuzehulpRoute);
    const chosenStyle = answers.learningWay === 'bbl' || answers.learningWay === 'bol' ? answers.learningWay : undefined;
    const learningStyle = route !== 'school' ? undefined : confirmed ? suggestion.learningStyle : chosenStyle;
    const result: KeuzehulpResult = {
      route,
      suggested: suggestion.route,
      confirmed,
      ...(learningStyle ? { learningStyle } : {}),
      reason: suggestion.reason,
      answers,
    };
    return step.endDialog(result);
  }
}

function values(step: WaterfallStepContext): KeuzehulpValues {
  return step.values as KeuzehulpValues;
}
