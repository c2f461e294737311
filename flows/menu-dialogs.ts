import type { TurnContext } from 'botbuilder';
import { WaterfallDialog, type Dialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { caseContext } from '../bot/case-context';
import { emitEvent } from '../bot/turn-effects';
import { AskDialog, PERSON_DIALOG_ID, say, type AskChoice } from './ask-dialog';
// Appointments: the menu's appointment options open the appointment dialog.
import { appointmentService } from '../bot/appointment-context';
import { APPOINTMENT_DIALOG_ID } from './appointment-dialog';
import { LANGUAGE_DIALOG_ID } from './language-dialog';
import { FEEDBACK_DIALOG_ID } from './feedback-dialog';
import { STOP_DIALOG_ID } from './stop-dialog';
// "Iemand die mij helpt" (a parent or other supporter the coach may involve).
import { TRUSTED_PERSON_DIALOG_ID } from './trusted-person-dialog';

export const MENU_DIALOG_ID = 'menu';
export const COACH_HOME_DIALOG_ID = 'coachHome';
export const COACH_MESSAGE_DIALOG_ID = 'coachMessage';
export const RESUME_DIALOG_ID = 'resume';

const ASK_MENU = `${MENU_DIALOG_ID}.ask`;
const ASK_MENU_WITH_COACH = `${MENU_DIALOG_ID}.askWithCoach`;
const ASK_COACH_HOME = `${COACH_HOME_DIALOG_ID}.ask`;
const ASK_MENU_WITH_APPOINTMENT = `${MENU_DIALOG_ID}.askWithAppointment`;
const ASK_COACH_HOME_WITH_APPOINTMENT = `${COACH_HOME_DIALOG_ID}.askWithAppointment`;
const ASK_COACH_MESSAGE = `${COACH_MESSAGE_DIALOG_ID}.ask`;
const ASK_RESUME = `${RESUME_DIALOG_ID}.ask`;

const option = (id: string): AskChoice => ({ id, titleKey: `commands:menu.options.${id}` });
const coachParams = (context: TurnContext) => ({ coach: caseContext(context)?.coachFirstName ?? '' });
/** Appointments: "Mijn afspraak" instead of "Afspraak maken" while one is booked. */
const myAppointment: AskChoice = { id: 'my_appointment', titleKey: 'appointment:menu.my_appointment' };
/** In every menu, after "Praat met iemand". */
const trustedPerson: AskChoice = { id: 'trusted_person', titleKey: 'followup:trusted.menu_option' };
const hasAppointment = async (context: TurnContext) => (await appointmentService(context)?.current()) !== undefined;
/** First in the menu when it interrupted something: back to the question that was open. */
const resume: AskChoice = { id: 'resume', titleKey: 'commands:menu.options.resume', aliasesKey: 'commands:menu.resume_aliases' };
const RESUMABLE = '.resumable';

/** The menu's question, and the same with "verder waar ik was" first (its id ends in {@link RESUMABLE}). */
function menuQuestions(id: string, choices: AskChoice[]): AskDialog[] {
  const ask = (dialogId: string, options: AskChoice[]) =>
    new AskDialog(dialogId, { textKey: 'commands:menu.question', choices: options, expects: 'choice', retryKey: 'commands:menu.question' });
  return [ask(id, choices), ask(`${id}${RESUMABLE}`, [resume, ...choices])];
}

/** Whether the menu interrupted something to go back to (a rating left open is not worth going back to). */
const interrupted = (step: WaterfallStepContext) => step.stack.slice(0, -1).some((instance) => instance.id !== FEEDBACK_DIALOG_ID);

/**
 * The menu, the home of a young person who already has a coach, the message to that coach, and the
 * "welcome back" question. Top-level dialogs: a choice that starts over cancels everything under it;
 * every other choice replaces the menu, so the question that was open is asked again afterwards.
 * `restart` begins the intake again (the bot resets what it remembers).
 */
export function menuDialogs(restart: (step: WaterfallStepContext) => Promise<DialogTurnResult>): Dialog[] {
  const act = async (step: WaterfallStepContext): Promise<DialogTurnResult> => {
    switch (step.result) {
      case 'restart':
        return restart(step);
      case 'person':
        return step.replaceDialog(PERSON_DIALOG_ID);
      case 'trusted_person':
        return step.replaceDialog(TRUSTED_PERSON_DIALOG_ID);
      case 'language':
        return step.replaceDialog(LANGUAGE_DIALOG_ID);
      case 'stop':
        return step.replaceDialog(STOP_DIALOG_ID);
      case 'message_coach':
        return step.replaceDialog(COACH_MESSAGE_DIALOG_ID);
      case 'appointment':
      case 'my_appointment':
        return step.replaceDialog(APPOINTMENT_DIALOG_ID);
      case 'menu':
        return step.replaceDialog(MENU_DIALOG_ID);
      case 'resume':
        // Ends the menu: the question underneath is asked again.
        return step.endDialog();
      default:
        return step.endDialog();
    }
  };

  return [
    ...menuQuestions(ASK_MENU, [option('restart'), option('person'), trustedPerson, option('language'), option('stop')]),
    ...menuQuestions(ASK_MENU_WITH_COACH, [option('message_coach'), option('appointment'), option('person'), trustedPerson, ...['language', 'restart', 'stop'].map(option)]),
    ...menuQuestions(ASK_MENU_WITH_APPOINTMENT, [option('message_coach'), myAppointment, option('person'), trustedPerson, ...['language', 'restart', 'stop'].map(option)]),
    new WaterfallDialog(MENU_DIALOG_ID, [
      async (step) => {
        const ask = !caseContext(step.context) ? ASK_MENU : (await hasAppointment(step.context)) ? ASK_MENU_WITH_APPOINTMENT : ASK_MENU_WITH_COACH;
        return step.beginDialog(interrupted(step) ? `${ask}${RESUMABLE}` : ask);
      },
      act,
    ]),

    new AskDialog(ASK_COACH_HOME, {
      textKey: 'front_door.coach_home.question',
      textParams: coachParams,
      choices: [
        { id: 'message_coach', titleKey: 'commands:menu.options.message_coach' },
        { id: 'appointment', titleKey: 'commands:menu.options.appointment' },
        { id: 'menu', titleKey: 'front_door.coach_home.menu' },
      ],
      expects: 'choice',
      retryKey: 'front_door.coach_home.retry',
    }),
    new AskDialog(ASK_COACH_HOME_WITH_APPOINTMENT, {
      textKey: 'front_door.coach_home.question',
      textParams: coachParams,
      choices: [
        { id: 'message_coach', titleKey: 'commands:menu.options.message_coach' },
        myAppointment,
        { id: 'menu', titleKey: 'front_door.coach_home.menu' },
      ],
      expects: 'choice',
      retryKey: 'front_door.coach_home.retry',
    }),
    new WaterfallDialog(COACH_HOME_DIALOG_ID, [
      async (step) => step.beginDialog((await hasAppointment(step.context)) ? ASK_COACH_HOME_WITH_APPOINTMENT : ASK_COACH_HOME),
      act,
    ]),

    new AskDialog(ASK_COACH_MESSAGE, {
      textKey: 'front_door.coach_message.question',
      textParams: coachParams,
      expects: 'text',
      retryKey: 'front_door.coach_message.question',
    }),
    new WaterfallDialog(COACH_MESSAGE_DIALOG_ID, [
      (step) => step.beginDialog(ASK_COACH_MESSAGE),
      async (step) => {
        // The text is encrypted before it is stored (worker/process-turn.ts).
        emitEvent(step.context, { type: 'youth.message_for_coach', payload: { text: String(step.result) } });
        await say(step.context, 'front_door.coach_message.sent', coachParams(step.context));
        return step.endDialog();
      },
    ]),

    new AskDialog(ASK_RESUME, {
      textKey: 'front_door.resume.question',
      choices: [
        { id: 'continue', titleKey: 'front_door.resume.continue', aliasesKey: 'front_door.resume.continue_aliases' },
        { id: 'restart', titleKey: 'front_door.resume.restart', aliasesKey: 'front_door.resume.restart_aliases' },
      ],
      expects: 'choice',
      retryKey: 'front_door.resume.question',
    }),
    new WaterfallDialog(RESUME_DIALOG_ID, [
      (step) => step.beginDialog(ASK_RESUME),
      async (step) => (step.result === 'restart' ? restart(step) : step.endDialog()),
    ]),
  ];
}
