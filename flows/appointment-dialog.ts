import type { TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  Dialog,
  WaterfallDialog,
  type DialogContext,
  type DialogInstance,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { appointmentService, type AppointmentService, type BookedAppointment, type OfferedSlot } from '../bot/appointment-context';
import type { BotChannelData, Choice } from '../bot/bot-message';
import { caseContext } from '../bot/case-context';
import { say, turnLanguage } from './ask-dialog';
import { appointmentDate, appointmentTime, slotTitle } from './appointment-format';
import { matchChoice, normalize, normalizePhrase } from './match-choice';

export const APPOINTMENT_DIALOG_ID = 'appointment';
const MAIN = `${APPOINTMENT_DIALOG_ID}.main`;
const PICK = `${APPOINTMENT_DIALOG_ID}.pick`;
const CHOOSE = `${APPOINTMENT_DIALOG_ID}.choose`;

/**
 * Slots per page: with "Andere tijden" and "Laat maar" that is 10 items, WhatsApp's list maximum
 * (DESIGN.md rule 6).
 */
const PAGE = 8;

/** What a waterfall keeps between its steps. */
interface StepValues {
  current?: BookedAppointment;
  slots?: OfferedSlot[];
  slot?: OfferedSlot;
}

interface PickOptions {
  skip: number;
  replacesId?: string;
}

/**
 * "Afspraak maken": offers the coach's next free slots as a list ("Andere tijden" pages further),
 * asks the place only when the coach meets in more than one place at that time, books, and confirms
 * with date, time, place and an `.ics` link. With an appointment booked it offers to keep, move or
 * cancel it. When someone else took the slot meanwhile, it says so and offers fresh times.
 * The case store is reached through the turn's AppointmentService (bot/appointment-context.ts).
 */
export class AppointmentDialog extends ComponentDialog {
  /**
   * @param options.fallbackDialogId Where a young person goes when the chat has no times to offer
   * (the coach set no hours, or is fully booked): the message to their coach, to agree on a time.
   */
  constructor(private readonly options: { fallbackDialogId: string }) {
    super(APPOINTMENT_DIALOG_ID);
    this.addDialog(new DynamicChoiceDialog(CHOOSE));
    this.addDialog(new WaterfallDialog(MAIN, [(step) => this.start(step), (step) => this.manage(step)]));
    this.addDialog(
      new WaterfallDialog(PICK, [(step) => this.offerSlots(step), (step) => this.slotChosen(step), (step) => this.placeChosen(step)]),
    );
    this.initialDialogId = MAIN;
  }

  private async start(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const service = appointmentService(step.context);
    if (!service || !(await service.canBook())) {
      await say(step.context, 'appointment:no_hours', coach(step.context));
      return step.replaceDialog(this.options.fallbackDialogId);
    }
    const current = await service.current();
    if (!current) return step.replaceDialog(PICK, { skip: 0 } satisfies PickOptions);
    (step.values as StepValues).current = current;
    const { t, locale } = turnLanguage(step.context);
    return step.beginDialog(CHOOSE, {
      text: t('appointment:manage.question', { ...coach(step.context), ...describe(current, locale, t) }),
      retry: t('appointment:retry'),
      choices: ['keep', 'reschedule', 'cancel'].map((id) => ({ id, title: t(`appointment:manage.${id}`) })),
    } satisfies ChooseOptions);
  }

  private async manage(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const current = (step.values as StepValues).current as BookedAppointment;
    switch (step.result) {
      case 'reschedule':
        return step.replaceDialog(PICK, { skip: 0, replacesId: current.id } satisfies PickOptions);
      case 'cancel':
        await serviceOf(step.context).cancel(current.id);
        await say(step.context, 'appointment:cancelled', coach(step.context));
        return step.endDialog();
      default:
        await say(step.context, 'appointment:kept');
        return step.endDialog();
    }
  }

  private async offerSlots(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = step.options as PickOptions;
    const service = serviceOf(step.context);
    let slots = await service.freeSlots({ skip: options.skip, count: PAGE });
    if (slots.length === 0 && options.skip > 0) {
      // Past the last free time: start from the first again.
      await say(step.context, 'appointment:no_more');
      options.skip = 0;
      slots = await service.freeSlots({ skip: 0, count: PAGE });
    }
    if (slots.length === 0) {
      await say(step.context, 'appointment:no_slots', coach(step.context));
      return step.replaceDialog(this.options.fallbackDialogId);
    }
    (step.values as StepValues).slots = slots;
    const { t, locale } = turnLanguage(step.context);
    return step.beginDialog(CHOOSE, {
      text: t(options.replacesId ? 'appointment:pick.question_move' : 'appointment:pick.question', coach(step.context)),
      retry: t('appointment:retry'),
      choices: [
        ...slots.map((slot) => ({ id: `slot:${slot.startsAt}`, title: slotTitle(slot.startsAt, locale) })),
        { id: 'more', title: t('appointment:pick.more') },
        { id: 'none', title: t('appointment:pick.none') },
      ],
    } satisfies ChooseOptions);
  }

  private async slotChosen(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = step.options as PickOptions;
    if (step.result === 'more') return step.replaceDialog(PICK, { ...options, skip: options.skip + PAGE } satisfies PickOptions);
    if (step.result === 'none') {
      await say(step.context, options.replacesId ? 'appointment:kept' : 'appointment:dropped');
      return step.endDialog();
    }
    const slot = ((step.values as StepValues).slots ?? []).find((s) => `slot:${s.startsAt}` === step.result);
    if (!slot) return step.endDialog();
    (step.values as StepValues).slot = slot;
    if (slot.places.length <= 1) return step.next(slot.places[0]);
    const { t } = turnLanguage(step.context);
    return step.beginDialog(CHOOSE, {
      text: t('appointment:place.question'),
      retry: t('appointment:retry'),
      choices: slot.places.map((place) => ({ id: place, title: t(`appointment:places.${place}`) })),
    } satisfies ChooseOptions);
  }

  private async placeChosen(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = step.options as PickOptions;
    const slot = (step.values as StepValues).slot as OfferedSlot;
    const place = String(step.result);
    const result = await serviceOf(step.context).book({ slot, place, ...(options.replacesId ? { replacesId: options.replacesId } : {}) });
    if (!result.ok) {
      await say(step.context, 'appointment:taken');
      return step.replaceDialog(PICK, { ...options, skip: 0 } satisfies PickOptions);
    }
    const { t, locale } = turnLanguage(step.context);
    await say(step.context, options.replacesId ? 'appointment:moved' : 'appointment:booked', {
      ...coach(step.context),
      ...describe(result.appointment, locale, t),
      link: result.appointment.icsUrl,
    });
    return step.endDialog();
  }
}

/** Whether a message asks for the appointment flow ("afspraak", "mijn afspraak") in the turn's language. */
export function asksForAppointment(context: TurnContext): boolean {
  const payload = (context.activity.value as { choice?: unknown } | undefined)?.choice;
  if (payload === 'appointment') return true;
  const text = normalize(context.activity.text ?? '');
  if (!text) return false;
  return turnLanguage(context)
    .t('appointment:words')
    .split('|')
    .some((word) => normalizePhrase(word) === text);
}

function serviceOf(context: TurnContext): AppointmentService {
  const service = appointmentService(context);
  if (!service) throw new Error('No appointment service in this turn');
  return service;
}

const coach = (context: TurnContext) => ({ coach: caseContext(context)?.coachFirstName ?? '' });

function describe(appointment: { startsAt: string; place: string }, locale: string, t: (key: string) => string) {
  return {
    date: appointmentDate(appointment.startsAt, locale),
    time: appointmentTime(appointment.startsAt, locale),
    place: t(`appointment:places.${appointment.place}`),
  };
}

interface ChooseOptions {
  text: string;
  retry: string;
  choices: Choice[];
}

/**
 * A choice question whose options are made at run time (free slots, the places of one slot), as a
 * list on WhatsApp and buttons on the web, numbered as text everywhere (DESIGN.md rule 6). The
 * texts are kept in the dialog's state, so a re-ask shows the same options.
 */
class DynamicChoiceDialog extends Dialog<ChooseOptions> {
  override async beginDialog(dc: DialogContext, options?: ChooseOptions): Promise<DialogTurnResult> {
    if (!options) throw new Error('DynamicChoiceDialog needs options');
    dc.activeDialog!.state = { ...options };
    await this.ask(dc.context, options.text, options.choices);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.type !== 'message') return Dialog.EndOfTurn;
    const state = dc.activeDialog!.state as ChooseOptions;
    const payload = (dc.context.activity.value as { choice?: unknown } | undefined)?.choice;
    const chosen = matchChoice({ text: dc.context.activity.text ?? '', ...(typeof payload === 'string' ? { payload } : {}), choices: state.choices });
    if (chosen) return dc.endDialog(chosen.id);
    await this.ask(dc.context, state.retry, state.choices);
    return Dialog.EndOfTurn;
  }

  override async resumeDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as ChooseOptions;
    await this.ask(dc.context, state.text, state.choices);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const state = instance.state as ChooseOptions;
    await this.ask(context, state.text, state.choices);
  }

  private async ask(context: TurnContext, text: string, choices: Choice[]): Promise<void> {
    const channelData: BotChannelData = { choices, expects: 'choice' };
    await context.sendActivity({ type: 'message', text, channelData });
  }
}
