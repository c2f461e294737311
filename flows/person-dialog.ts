import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { personRequestAllowed } from '../bot/person-request-gate';
import { emitEvent } from '../bot/turn-effects';
import { AskDialog, PERSON_DIALOG_ID, say, sayText, turnLanguage } from './ask-dialog';
import { contactOf, regionContacts } from './directory/referral-message';
import { turnDirectory } from './directory/turn-directory';
import { knownFacts, rememberFacts } from './known-facts';
import { PlaceDialog, type PlaceAnswer } from './places/place-dialog';
import { locatedIn } from './places/located-in';
import { yesNoChoices } from './yes-no';

const CONFIRM = `${PERSON_DIALOG_ID}.confirm`;
const MUNICIPALITY = `${PERSON_DIALOG_ID}.municipality`;

/**
 * "Praat met iemand": asks once whether a coach may contact them, and if the municipality is not
 * known yet asks only that (it decides which team answers). Then it emits `handover.requested` with
 * what is known so far; the case processor hands over to a person at once.
 */
export class PersonDialog extends ComponentDialog {
  constructor() {
    super(PERSON_DIALOG_ID);
    this.addDialog(
      new AskDialog(CONFIRM, { textKey: 'commands:person.asked', choices: yesNoChoices('commands:person'), expects: 'choice', retryKey: 'commands:person.retry' }),
    );
    // The intake's own question: typed places ("Kudelstaart", "Haarlem") are understood here too.
    this.addDialog(new PlaceDialog(MUNICIPALITY));
    this.addDialog(
      new WaterfallDialog(`${PERSON_DIALOG_ID}.steps`, [
        (step) => step.beginDialog(CONFIRM),
        (step) => this.confirmed(step),
        (step) => this.handOver(step),
      ]),
    );
    this.initialDialogId = `${PERSON_DIALOG_ID}.steps`;
  }

  private async confirmed(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result !== 'yes') {
      await say(step.context, 'commands:person.declined');
      return step.endDialog();
    }
    if (knownFacts(step.context).municipality) return step.next();
    return step.beginDialog(MUNICIPALITY);
  }

  private async handOver(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const place = step.result as PlaceAnswer | undefined;
    if (place) rememberFacts(step.context, { municipality: locatedIn(place).municipality });
    if (!(await personRequestAllowed(step.context))) {
      // Too many requests from this connection: the young person still gets a way to a person.
      const { t } = turnLanguage(step.context);
      const municipality = knownFacts(step.context).municipality;
      const directory = turnDirectory(step.context);
      const own = municipality === 'amstelveen' || municipality === 'aalsmeer' ? contactOf(t, directory, { municipality, kind: 'jongerenloket' }) : undefined;
      const contacts = own ? [own] : regionContacts(t, directory);
      await sayText(step.context, [t('commands:person.busy'), ...contacts].join('\n\n'));
      return step.endDialog();
    }
    emitEvent(step.context, {
      type: 'handover.requested',
      payload: { reason: 'person_requested', locale: turnLanguage(step.context).locale, ...knownFacts(step.context) },
    });
    await say(step.context, 'commands:person.confirmed');
    return step.endDialog();
  }
}
