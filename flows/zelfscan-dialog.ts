import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStep, type WaterfallStepContext } from 'botbuilder-dialogs';
import { AskDialog, say, type AskChoice } from './ask-dialog';
import { raiseDanger } from './safety/turn-danger';
import { offeredAnswerIds, SKIP_ANSWER_ID, SLEEP_QUESTION, ZELFSCAN_DOMAINS, type ZelfscanDomain } from './zelfscan-domains';
import { scoreZelfscan, ZELFSCAN_INTENSITIES, type ZelfscanAnswers, type ZelfscanOutcome } from './zelfscan-scoring';

export const ZELFSCAN_DIALOG_ID = 'zelfscan';

export const CONTACT_TIMES = ['ochtend', 'middag', 'avond', 'maakt_niet_uit'] as const;
export type ContactTime = (typeof CONTACT_TIMES)[number];

/** What the zelfscan ends with; the caller emits the event and passes it on to the case store. */
export interface ZelfscanResult {
  answers: ZelfscanAnswers;
  outcome: ZelfscanOutcome;
  contactTimes: ContactTime;
}

const INTENSITIES: readonly string[] = ZELFSCAN_INTENSITIES;

export function isZelfscanResult(value: unknown): value is ZelfscanResult {
  if (typeof value !== 'object' || value === null) return false;
  const { answers, outcome, contactTimes } = value as Record<string, unknown>;
  if (typeof answers !== 'object' || answers === null) return false;
  if (typeof outcome !== 'object' || outcome === null) return false;
  const { intensity, multiproblematiek } = outcome as Record<string, unknown>;
  return (
    typeof intensity === 'string' &&
    INTENSITIES.includes(intensity) &&
    typeof multiproblematiek === 'boolean' &&
    (CONTACT_TIMES as readonly unknown[]).includes(contactTimes)
  );
}

/** All keys of the `zelfscan` namespace; the turn's `t` resolves the prefix (flows/ask-dialog.ts). */
const NS = 'zelfscan:';

/** The domain questions plus the contact-time question: said in the intro. */
export const ZELFSCAN_QUESTION_COUNT = ZELFSCAN_DOMAINS.length + 1;

const askId = (domain: ZelfscanDomain): string => `${ZELFSCAN_DIALOG_ID}.${domain.id}`;
const CONTACT_TIMES_ID = `${ZELFSCAN_DIALOG_ID}.contact_times`;
const SLEEP_ID = `${ZELFSCAN_DIALOG_ID}.${SLEEP_QUESTION.id}`;

function answerChoice(prefix: string, id: string): AskChoice {
  return { id, titleKey: `${prefix}.answers.${id}`, aliasesKey: `${prefix}.answers.${id}_aliases` };
}

function choiceAsk(id: string, prefix: string, ids: readonly string[]): AskDialog {
  return new AskDialog(id, {
    textKey: `${prefix}.question`,
    choices: [
      ...ids.map((id) => answerChoice(prefix, id)),
      // "Zeg ik liever niet" is always there, always last (DESIGN.md: never a penalty).
      { id: SKIP_ANSWER_ID, titleKey: `${NS}liever_niet`, aliasesKey: `${NS}liever_niet_aliases` },
    ],
    expects: 'choice',
    retryKey: `${prefix}.retry`,
  });
}

const domainAsk = (domain: ZelfscanDomain): AskDialog => choiceAsk(askId(domain), `${NS}domains.${domain.id}`, offeredAnswerIds(domain));

/**
 * The zelfscan (brede intake over life domains, DESIGN.md): a short intro, one question per domain
 * (flows/zelfscan-domains.ts) and when the coach can best call. Gezondheid and persoonlijk only
 * ask whether to talk about it with the coach (DESIGN.md rule 5). Ends with a `ZelfscanResult`;
 * it emits no events itself, so the caller decides what happens with the outcome.
 */
export class ZelfscanDialog extends ComponentDialog {
  constructor() {
    super(ZELFSCAN_DIALOG_ID);
    for (const domain of ZELFSCAN_DOMAINS) this.addDialog(domainAsk(domain));
    this.addDialog(choiceAsk(SLEEP_ID, `${NS}${SLEEP_QUESTION.id}`, SLEEP_QUESTION.answers));
    this.addDialog(
      new AskDialog(CONTACT_TIMES_ID, {
        textKey: `${NS}contact_times.question`,
        choices: CONTACT_TIMES.map((id) => answerChoice(`${NS}contact_times`, id)),
        expects: 'choice',
        retryKey: `${NS}contact_times.retry`,
      }),
    );

    const steps: WaterfallStep[] = [
      async (step) => {
        await say(step.context, `${NS}intro`, { count: ZELFSCAN_QUESTION_COUNT });
        return this.askNext(step, 0);
      },
      ...ZELFSCAN_DOMAINS.flatMap((domain, index): WaterfallStep[] => {
        const next = (step: WaterfallStepContext) => this.askNext(step, index + 1);
        if (domain.id !== SLEEP_QUESTION.after) {
          return [
            (step) => {
              answers(step)[domain.id] = step.result as string;
              return next(step);
            },
          ];
        }
        return [
          (step) => {
            const answer = step.result as string;
            answers(step)[domain.id] = answer;
            // Only where housing is not fine: nobody is asked what changes nothing for them.
            if ((SLEEP_QUESTION.skipAfter as readonly string[]).includes(answer)) return step.next();
            return step.beginDialog(SLEEP_ID);
          },
          async (step) => {
            if (typeof step.result === 'string') {
              answers(step)[SLEEP_QUESTION.id] = step.result;
              // No safe place tonight is danger (DESIGN.md rule 9): the same urgent path as "ik slaap op straat".
              if (step.result === SLEEP_QUESTION.unsafe) await raiseDanger(step.context, { category: 'homeless_runaway' });
            }
            return next(step);
          },
        ];
      }),
      (step) => this.finish(step),
    ];
    this.addDialog(new WaterfallDialog(`${ZELFSCAN_DIALOG_ID}.steps`, steps));
    this.initialDialogId = `${ZELFSCAN_DIALOG_ID}.steps`;
  }

  private askNext(step: WaterfallStepContext, index: number): Promise<DialogTurnResult> {
    const domain = ZELFSCAN_DOMAINS[index];
    return step.beginDialog(domain ? askId(domain) : CONTACT_TIMES_ID);
  }

  private finish(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const given = { ...answers(step) };
    const result: ZelfscanResult = {
      answers: given,
      outcome: scoreZelfscan(given),
      contactTimes: step.result as ContactTime,
    };
    return step.endDialog(result);
  }
}

function answers(step: WaterfallStepContext): ZelfscanAnswers {
  const values = step.values as { answers?: ZelfscanAnswers };
  values.answers ??= {};
  return values.answers;
}
