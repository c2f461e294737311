import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { AskDialog } from './ask-dialog';

export const WERK_LADDER_DIALOG_ID = 'werkLadder';

/** The Werkcentrum ladder, from first step to goal (DESIGN.md, "In beeld houden"). */
export const ladderAims = ['opstapbaan', 'streefbaan', 'wensbaan'] as const;
export type LadderAim = (typeof ladderAims)[number];

export interface WerkLadderResult {
  ladderAim: LadderAim;
}

export function isWerkLadderResult(value: unknown): value is WerkLadderResult {
  if (typeof value !== 'object' || value === null) return false;
  const { ladderAim } = value as { ladderAim?: unknown };
  return typeof ladderAim === 'string' && (ladderAims as readonly string[]).includes(ladderAim);
}

const ASK_ID = `${WERK_LADDER_DIALOG_ID}.aim`;

/**
 * One question for the work route: which rung of the Werkcentrum ladder the young person aims
 * for. The three words are the Werkcentrum's, so the coach speaks the same language; the question
 * explains them, because a 24-character button title cannot (DESIGN.md rule 6).
 */
export class WerkLadderDialog extends ComponentDialog {
  constructor() {
    super(WERK_LADDER_DIALOG_ID);
    this.addDialog(
      new AskDialog(ASK_ID, {
        textKey: 'keuzehulp:ladder.question',
        choices: ladderAims.map((id) => ({
          id,
          titleKey: `keuzehulp:ladder.${id}`,
          aliasesKey: `keuzehulp:ladder.${id}_aliases`,
        })),
        expects: 'choice',
        retryKey: 'keuzehulp:ladder.retry',
      }),
    );
    this.addDialog(
      new WaterfallDialog(`${WERK_LADDER_DIALOG_ID}.steps`, [
        (step) => step.beginDialog(ASK_ID),
        (step) => this.answered(step),
      ]),
    );
    this.initialDialogId = `${WERK_LADDER_DIALOG_ID}.steps`;
  }

  private async answered(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result: WerkLadderResult = { ladderAim: step.result as LadderAim };
    return step.endDialog(result);
  }
}
