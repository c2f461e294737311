import { ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { emitEvent } from '../bot/turn-effects';
import { AskDialog, say } from './ask-dialog';
import { yesNoChoices } from './yes-no';

export const TRUSTED_PERSON_DIALOG_ID = 'trustedPerson';

export const trustedRelations = ['parent', 'family', 'friend', 'mentor', 'other'] as const;
export type TrustedRelation = (typeof trustedRelations)[number];

/** What the young person told; travels only encrypted (the `text` of the event, see below). */
export interface TrustedPersonDetails {
  name: string;
  relation: TrustedRelation;
  /** A phone number or e-mail address, as typed. */
  reach: string;
}

const ASK = {
  name: `${TRUSTED_PERSON_DIALOG_ID}.name`,
  relation: `${TRUSTED_PERSON_DIALOG_ID}.relation`,
  reach: `${TRUSTED_PERSON_DIALOG_ID}.reach`,
  mayContact: `${TRUSTED_PERSON_DIALOG_ID}.mayContact`,
};

/** Loose on purpose: young people type numbers with spaces, dashes or +31; an address needs an @. */
export function asReach(text: string): string | undefined {
  const value = text.trim();
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return value;
  const digits = value.replace(/[\s\-().]/g, '');
  return /^\+?\d{9,15}$/.test(digits) ? value : undefined;
}

/** A name is a name, not a sentence: short, with a letter in it. */
function asName(text: string): string | undefined {
  const value = text.trim();
  return value.length <= 60 && /\p{L}/u.test(value) ? value : undefined;
}

interface Values {
  name?: string;
  relation?: TrustedRelation;
  reach?: string;
}

/**
 * "Iemand die mij helpt": the young person names a parent or other supporter (name, relation, how
 * to reach them) and says whether the coach may contact them. The details leave the dialog only
 * inside the event's `text`, which the turn runner encrypts before storing (worker/process-turn.ts);
 * cases/in-beeld/trusted-person.ts keeps them encrypted.
 */
export class TrustedPersonDialog extends ComponentDialog {
  constructor() {
    super(TRUSTED_PERSON_DIALOG_ID);
    this.addDialog(new AskDialog(ASK.name, { textKey: 'followup:trusted.name', expects: 'text', validate: asName, retryKey: 'followup:trusted.name' }));
    this.addDialog(
      new AskDialog(ASK.relation, {
        textKey: 'followup:trusted.relation.question',
        choices: trustedRelations.map((id) => ({ id, titleKey: `followup:trusted.relation.${id}` })),
        expects: 'choice',
        retryKey: 'followup:trusted.relation.question',
      }),
    );
    this.addDialog(
      new AskDialog(ASK.reach, {
        textKey: 'followup:trusted.reach',
        expects: 'text',
        validate: asReach,
        retryKey: 'followup:trusted.reach_retry',
      }),
    );
    this.addDialog(
      new AskDialog(ASK.mayContact, {
        textKey: 'followup:trusted.may_contact.question',
        choices: yesNoChoices('followup:trusted.may_contact'),
        expects: 'choice',
        retryKey: 'followup:trusted.may_contact.question',
      }),
    );
    this.addDialog(
      new WaterfallDialog(`${TRUSTED_PERSON_DIALOG_ID}.steps`, [
        async (step) => {
          await say(step.context, 'followup:trusted.intro');
          return step.beginDialog(ASK.name);
        },
        (step) => {
          values(step).name = String(step.result);
          return step.beginDialog(ASK.relation);
        },
        (step) => {
          values(step).relation = step.result as TrustedRelation;
          return step.beginDialog(ASK.reach);
        },
        (step) => {
          values(step).reach = String(step.result);
          return step.beginDialog(ASK.mayContact);
        },
        async (step) => {
          const { name, relation, reach } = values(step);
          const mayContact = step.result === 'yes';
          const details: TrustedPersonDetails = { name: name ?? '', relation: relation ?? 'other', reach: reach ?? '' };
          emitEvent(step.context, { type: 'trusted_person.named', payload: { text: JSON.stringify(details), mayContact } });
          await say(step.context, mayContact ? 'followup:trusted.saved_yes' : 'followup:trusted.saved_no', { name });
          return step.endDialog();
        },
      ]),
    );
    this.initialDialogId = `${TRUSTED_PERSON_DIALOG_ID}.steps`;
  }

}

function values(step: WaterfallStepContext): Values {
  return step.values as Values;
}
