import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { municipalities, type Municipality } from '../../drizzle/schema';
import { AskDialog, type AskBeginOptions, type Translate } from '../ask-dialog';
import { normalize } from '../match-choice';
import { yesNoChoices } from '../yes-no';
import { municipalityBySlug } from './dutch-municipalities';
import { findPlace } from './find-place';

/**
 * Where the young person lives, as the intake needs it: one of the region's municipalities, another
 * Dutch municipality (its slug in data/municipalities.csv), abroad, or "weet ik niet".
 */
export type PlaceAnswer =
  | { kind: 'region'; municipality: Municipality }
  | { kind: 'elsewhere'; slug: string }
  | { kind: 'abroad' }
  | { kind: 'unknown' };

/** A typed answer: a place, or a close guess still to check ("Bedoel je Haarlem?"). */
type PlaceReading = PlaceAnswer | { kind: 'suggestion'; slug: string };

const isRegion = (slug: string): slug is Municipality => (municipalities as readonly string[]).includes(slug);

const answerOf = (slug: string): PlaceAnswer => (isRegion(slug) ? { kind: 'region', municipality: slug } : { kind: 'elsewhere', slug });

const listed = (t: Translate, key: string) => new Set(t(key).split('|').map(normalize).filter(Boolean));

/**
 * Reads a typed place: "weet ik niet" and "buitenland" (in the young person's language) first, then
 * any Dutch municipality or place (flows/places/find-place.ts). Undefined when it is no place we know.
 */
export function readPlace(text: string, t: Translate): PlaceReading | undefined {
  const said = normalize(text);
  if (listed(t, 'intake.place.unknown_aliases').has(said)) return { kind: 'unknown' };
  if (listed(t, 'intake.place.abroad_aliases').has(said)) return { kind: 'abroad' };
  const match = findPlace(text);
  if (match.kind === 'found') return answerOf(match.place.municipality.slug);
  if (match.kind === 'suggestion') return { kind: 'suggestion', slug: match.place.municipality.slug };
  return undefined;
}

const CHOICE = 'intake.municipality.choice';
const PLACE = 'intake.municipality.place';
const PLACE_AGAIN = 'intake.municipality.again';
const CONFIRM = 'intake.municipality.confirm';

interface PlaceValues {
  suggested?: string;
}

/**
 * "In welke gemeente woon je?": Amstelveen and Aalsmeer as buttons, and any Dutch place typed
 * (Haarlem, Kudelstaart, A'dam). A close guess is checked once ("Bedoel je Haarlem?"); a place we
 * do not know gets one clear re-ask, then the offer of a person (AskDialog): never a loop.
 */
export class PlaceDialog extends ComponentDialog {
  constructor(dialogId: string) {
    super(dialogId);
    this.addDialog(
      new AskDialog<PlaceReading>(CHOICE, {
        textKey: 'intake.municipality.question',
        choices: [
          { id: 'amstelveen', titleKey: 'intake.municipality.amstelveen' },
          { id: 'aalsmeer', titleKey: 'intake.municipality.aalsmeer' },
          { id: 'other', titleKey: 'intake.municipality.other', aliasesKey: 'intake.municipality.other_aliases' },
        ],
        expects: 'choice',
        validate: readPlace,
        retryKey: 'intake.place.retry',
      }),
    );
    this.addDialog(new AskDialog<PlaceReading>(PLACE, { textKey: 'intake.place.question', expects: 'text', validate: readPlace, retryKey: 'intake.place.retry' }));
    this.addDialog(new AskDialog<PlaceReading>(PLACE_AGAIN, { textKey: 'intake.place.again', expects: 'text', validate: readPlace, retryKey: 'intake.place.retry' }));
    this.addDialog(new AskDialog(CONFIRM, { textKey: 'intake.place.confirm', choices: yesNoChoices('intake.place'), expects: 'choice', retryKey: 'intake.place.confirm' }));
    this.addDialog(
      new WaterfallDialog(`${dialogId}.steps`, [
        (step) => step.beginDialog(CHOICE),
        (step) => this.chosen(step),
        (step) => this.read(step),
        (step) => this.confirmed(step),
        (step) => this.readAgain(step),
      ]),
    );
    this.initialDialogId = `${dialogId}.steps`;
  }

  private async chosen(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = step.result as string | PlaceReading;
    if (result === 'amstelveen' || result === 'aalsmeer') return step.endDialog({ kind: 'region', municipality: result } satisfies PlaceAnswer);
    if (result === 'other') return step.beginDialog(PLACE);
    return step.next(result);
  }

  private async read(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const reading = step.result as PlaceReading;
    if (reading.kind !== 'suggestion') return step.endDialog(reading);
    (step.values as PlaceValues).suggested = reading.slug;
    const options: AskBeginOptions = { params: { place: municipalityBySlug(reading.slug)?.name ?? reading.slug } };
    return step.beginDialog(CONFIRM, options);
  }

  private async confirmed(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const suggested = (step.values as PlaceValues).suggested;
    if (step.result === 'yes' && suggested) return step.endDialog(answerOf(suggested));
    return step.beginDialog(PLACE_AGAIN);
  }

  private async readAgain(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const reading = step.result as PlaceReading;
    // A second guess is not checked again: a person helps rather than a third question.
    return step.endDialog(reading.kind === 'suggestion' ? ({ kind: 'unknown' } satisfies PlaceAnswer) : reading);
  }
}
