import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogContext, type DialogState, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { i18n } from 'i18next';
import { caseContext, closedCaseContext } from '../bot/case-context';
import { inboundMedia } from '../bot/inbound-media';
import { emitEvent, turnEffects } from '../bot/turn-effects';
import type { Language } from '../locales/index';
import { say, sayText, turnLanguage } from './ask-dialog';
import { startingLanguage, useLanguage } from './conversation-language';
import { FRONT_DOOR_FLOW_ID, FrontDoorFlow, isFrontDoorFlowResult } from './front-door-flow';
import { defaultFrontDoorSettings, type FrontDoorSettings } from './front-door-settings';
import type { FrontDoorConversation, FrontDoorTurn } from './front-door-state';
import { bindKnownFacts } from './known-facts';
import { LanguageDialog, type LanguageChoice } from './language-dialog';
import { normalize } from './match-choice';
import { globalWords, type CommandId } from './command-words';
import { COACH_HOME_DIALOG_ID, COACH_MESSAGE_DIALOG_ID, MENU_DIALOG_ID, menuDialogs, RESUME_DIALOG_ID } from './menu-dialogs';
import { PersonDialog } from './person-dialog';
import { answerMedia } from './media-answer';
import { leaveMenuForAnswer } from './menu-way-back';
import { openQuestion } from './open-question';
import { answerUnansweredQuestion, isQuestion } from './unanswered-question';
import { PERSON_DIALOG_ID } from './ask-dialog';
import { raiseDanger, safetyNet, type Danger } from './safety-net';
import { bindDangerAlarm } from './safety/turn-danger';
import { bindDirectory, turnDirectory } from './directory/turn-directory';
import { answerDirectoryQuestion } from './directory/directory-question';
import { STOP_CONFIRM_ID, STOP_DIALOG_ID, stopDialogs } from './stop-dialog';
import { ERASE_CONFIRM_ID, ERASE_DIALOG_ID, eraseDialogs } from './erase-dialog';
import { LANGUAGE_DIALOG_ID } from './language-dialog';
// Appointments.
import { AppointmentDialog, APPOINTMENT_DIALOG_ID, asksForAppointment } from './appointment-dialog';
// Jongeren in beeld: feedback, nazorg answers, trusted person.
import { FEEDBACK_DIALOG_ID, FeedbackDialog, type FeedbackOptions } from './feedback-dialog';
import { NAZORG_DIALOG_ID, NazorgDialog, nazorgAnswerOf, nazorgPending, typedNazorgAnswer, type NazorgDialogOptions } from './nazorg-dialog';
import { isPassOn } from './optional-choice-dialog';
import { TrustedPersonDialog } from './trusted-person-dialog';
// Inzage: MIJN GEGEVENS.
import { DATA_ACCESS_DIALOG_ID, dataAccessDialogs } from './data-access-dialog';

/** The top-level dialog the open question belongs to (`menu` for `menu.ask`). */
const rootDialogId = (dc: DialogContext) => (dc.activeDialog?.id ?? '').split('.')[0] ?? '';

/** Dialogs whose options are the commands themselves. */
const menuLike = new Set([MENU_DIALOG_ID, COACH_HOME_DIALOG_ID, RESUME_DIALOG_ID]);

/**
 * The front door: every message of a young person comes here. In order: the safety net (acute
 * danger gets the emergency numbers and an urgent handover at once), global commands (whole-message
 * words in any language), a "welcome back" after a long pause, then the open question; with nothing
 * open, a young person with a coach comes home to their coach, anyone else starts the intake.
 */
export class FrontDoorBot {
  private readonly conversationState: ConversationState;
  private readonly i18n: i18n;
  private readonly settings: FrontDoorSettings;
  private readonly now: () => Date;
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly conversation: StatePropertyAccessor<FrontDoorConversation>;
  private readonly dialogs: DialogSet;
  private readonly commandWords: Map<string, CommandId>;
  /** A language's name typed on its own ("english", "türkçe") switches to it. */
  private readonly languageWords: Map<string, Language>;

  constructor(options: { conversationState: ConversationState; i18n: i18n; settings?: Partial<FrontDoorSettings>; now?: () => Date }) {
    this.conversationState = options.conversationState;
    this.i18n = options.i18n;
    const settings = { ...defaultFrontDoorSettings, ...options.settings };
    this.settings = {
      ...settings,
      directory: settings.directory ?? defaultFrontDoorSettings.directory,
      urgentRules: settings.urgentRules ?? defaultFrontDoorSettings.urgentRules,
    };
    this.now = options.now ?? (() => new Date());
    this.dialogState = this.conversationState.createProperty<DialogState>('dialogState');
    this.conversation = this.conversationState.createProperty<FrontDoorConversation>('frontDoor');
    const restart = (step: WaterfallStepContext) => this.restartFrom(step);
    this.dialogs = new DialogSet(this.dialogState)
      .add(new FrontDoorFlow({ askFeedback: this.settings.feedbackAfterIntake }))
      .add(new PersonDialog())
      .add(new LanguageDialog((context, choice) => this.applyLanguage(context, choice)))
      .add(new AppointmentDialog({ fallbackDialogId: COACH_MESSAGE_DIALOG_ID }))
      .add(new FeedbackDialog())
      .add(new NazorgDialog())
      .add(new TrustedPersonDialog());
    for (const dialog of [...stopDialogs((step) => this.optedOut(step)), ...eraseDialogs(), ...menuDialogs(restart), ...dataAccessDialogs()]) this.dialogs.add(dialog);
    const words = globalWords(this.i18n);
    this.commandWords = words.commandWords;
    this.languageWords = words.languageWords;
  }

  async run(context: TurnContext): Promise<void> {
    // Conversation updates, typing indicators and the like carry nothing to answer.
    if (context.activity.type === 'message') {
      const conversation = await this.conversation.get(context, {});
      conversation.known ??= {};
      bindKnownFacts(context, conversation.known);
      bindDirectory(context, this.settings.directory.current());
      if (!conversation.locale) conversation.locale = startingLanguage(context);
      useLanguage(context, { i18n: this.i18n, locale: conversation.locale });
      const dc = await this.dialogs.createContext(context);
      const turn: FrontDoorTurn = { context, dc, conversation };
      bindDangerAlarm(context, ({ category, words }) => this.raiseDanger(turn, { category, words }));
      await this.answer(turn);
      conversation.lastActivityAt = this.now().getTime();
    }
    await this.conversationState.saveChanges(context);
  }

  private async answer(turn: FrontDoorTurn): Promise<void> {
    const { context, dc, conversation } = turn;
    const text = context.activity.text ?? '';
    const hasButton = typeof (context.activity.value as { choice?: unknown } | undefined)?.choice === 'string';
    const silentFor = conversation.lastActivityAt === undefined ? 0 : this.now().getTime() - conversation.lastActivityAt;

    if (silentFor > this.settings.expireAfterMs && dc.activeDialog) {
      // An unfinished flow from long ago: start afresh rather than ask a question they no longer see.
      await dc.cancelAllDialogs();
    }

    if (await safetyNet(turn, { text, raiseDanger: (danger) => this.raiseDanger(turn, danger), home: () => this.home(turn) })) return;

    const media = inboundMedia(context);
    if (media || (!text.trim() && !hasButton)) {
      // A voice note, photo, file or sticker: say so (a coach sees it came); a newcomer still gets the intake.
      const threadNote = media && [this.i18n.getFixedT('nl', 'coach')(`thread_media.${media}`), text.trim()].filter(Boolean).join('\n');
      if (media && threadNote && (await answerMedia(dc, { kind: media, threadNote }))) return;
      if (!media) await say(context, 'front_door.text_only');
      if (!dc.activeDialog) await this.home(turn);
      return;
    }

    // An answer to a nazorg check-in (a template sent days ago) is its own question: tapped,
    // or typed while the check-in is open (its text fallback asks to type it).
    const tapped = (context.activity.value as { choice?: string } | undefined)?.choice;
    const nazorgAnswer =
      nazorgAnswerOf(tapped) ?? (tapped === undefined && nazorgPending(context) ? typedNazorgAnswer(text, turnLanguage(context).t) : undefined);
    if (nazorgAnswer) return this.afterTopLevel(turn, await dc.beginDialog(NAZORG_DIALOG_ID, { answer: nazorgAnswer } satisfies NazorgDialogOptions));

    const command = this.commandFor(text, turn);
    if (command) return this.runCommand(command, turn);
    // The stop word again at "Wil je stoppen?", in whichever language it is typed, is "ja": no loop.
    if (dc.activeDialog?.id === STOP_CONFIRM_ID && this.commandWords.get(normalize(text)) === 'stop') context.activity.value = { choice: 'yes' };
    const language = this.languageWords.get(normalize(text));
    if (language && dc.activeDialog?.id !== LANGUAGE_DIALOG_ID) {
      await dc.beginDialog(LANGUAGE_DIALOG_ID, { locale: language });
      if (!dc.activeDialog && !conversation.intakeCompleted) await this.home(turn);
      return;
    }

    // "Afspraak" before there is a coach: it comes after the intake (unless the question offers the word).
    if (!caseContext(context) && asksForAppointment(context) && !openQuestion(dc)?.offersWord(context, text)) return this.appointmentBeforeCoach(turn);

    // A rating left open is no flow to resume: the message simply passes it by.
    if (dc.activeDialog && silentFor > this.settings.resumeAfterMs && dc.activeDialog.id !== RESUME_DIALOG_ID && dc.activeDialog.id !== FEEDBACK_DIALOG_ID) {
      await dc.beginDialog(RESUME_DIALOG_ID);
      return;
    }
    if (dc.activeDialog) {
      // MENU, then the answer to the question it interrupted: that question goes on.
      if (leaveMenuForAnswer(dc)) return this.afterTopLevel(turn, await dc.continueDialog());
      if (isQuestion(dc, text) && openQuestion(dc)?.accepts(context) === false) return answerUnansweredQuestion(dc, text);
      return this.afterTopLevel(turn, await dc.continueDialog());
    }
    await this.home(turn);
  }

  /** "Afspraak" without a coach: say plainly that it comes after the intake, and go on with it. */
  private async appointmentBeforeCoach(turn: FrontDoorTurn): Promise<void> {
    const { context, dc, conversation } = turn;
    // A rating left open is no flow to go on with.
    const inFlow = dc.activeDialog !== undefined && dc.activeDialog.id !== FEEDBACK_DIALOG_ID;
    if (inFlow || !conversation.intakeCompleted) {
      await say(context, 'commands:appointment.after_intake');
      if (inFlow) await dc.repromptDialog();
      else await this.home(turn);
      return;
    }
    await dc.cancelAllDialogs();
    await say(context, 'commands:appointment.no_coach');
    await dc.beginDialog(MENU_DIALOG_ID);
  }

  /** The urgent path (flows/safety-net.ts) with this front door's response rules and clock. */
  private raiseDanger(turn: FrontDoorTurn, danger: Danger): Promise<void> {
    return raiseDanger(turn, { danger, rules: this.settings.urgentRules, now: this.now() });
  }

  /**
   * After a top-level dialog's turn. A finished intake is noted (and the rating asked); an
   * optional question (rating, tip) the young person ignored passes their message on, as if nothing
   * had been open.
   */
  private async afterTopLevel(turn: FrontDoorTurn, result: DialogTurnResult): Promise<void> {
    if (await this.note(turn, result)) return;
    if (result.status === DialogTurnStatus.complete && isPassOn(result.result) && !turn.dc.activeDialog) await this.home(turn);
  }

  /**
   * With nothing open: while the coach's thread is open, what the young person writes goes to the
   * coach; a young person with a coach otherwise comes home to them; anyone else starts the intake.
   */
  private async home({ context, dc, conversation }: FrontDoorTurn): Promise<void> {
    const open = caseContext(context);
    const text = context.activity.text?.trim() ?? '';
    // Appointments: "afspraak" (or the reminder's word) opens booking, before free text goes to the coach.
    if (open && asksForAppointment(context)) {
      await dc.beginDialog(APPOINTMENT_DIALOG_ID);
      return;
    }
    if (open?.threadOpen && text) {
      emitEvent(context, { type: 'youth.message_for_coach', payload: { text } });
      // Named as whoever reads it: the holder of an open urgent handover before the vaste contactpersoon.
      const reader = open.reader ?? { firstName: open.coachFirstName, urgentTeam: false };
      if (!open.coachWroteToday) await say(context, reader.urgentTeam ? 'front_door.forwarded_team' : 'front_door.forwarded', { coach: reader.firstName });
      return;
    }
    // A question about a desk ("Waar is het Werkplein?") gets the directory's answer, not the menu.
    const where = answerDirectoryQuestion({ text, t: turnLanguage(context).t, directory: turnDirectory(context), municipality: conversation.known?.municipality });
    if (where && (open || conversation.intakeCompleted)) {
      await sayText(context, where);
      return;
    }
    if (open) {
      await dc.beginDialog(COACH_HOME_DIALOG_ID);
      return;
    }
    const closed = closedCaseContext(context);
    if (closed && text) {
      // Their case was closed: the message still reaches their last coach, and the way back is plain.
      emitEvent(context, { type: 'youth.message_for_coach', payload: { text } });
      await say(context, 'commands:closed_case.text', { coach: closed.coachFirstName });
      await dc.beginDialog(MENU_DIALOG_ID);
      return;
    }
    if (conversation.intakeCompleted) {
      if (text && isQuestion(dc, text)) return answerUnansweredQuestion(dc, text);
      await say(context, 'front_door.after_intake');
      await dc.beginDialog(MENU_DIALOG_ID);
      return;
    }
    await this.note({ context, dc, conversation }, await dc.beginDialog(FRONT_DOOR_FLOW_ID));
  }

  private commandFor(text: string, { context, dc, conversation }: FrontDoorTurn): CommandId | undefined {
    const command = this.commandWords.get(normalize(text));
    if (!command) return undefined;
    const open = rootDialogId(dc);
    // MENU in the menu shows it again: no wrong answer.
    if (command === 'menu' && menuLike.has(open)) return command;
    // "stop" while the stop question is open is its answer; "start" only means something after a stop.
    if (command === 'stop' && dc.activeDialog?.id === STOP_CONFIRM_ID) return undefined;
    // The erase words again at "Weet je het zeker?" are no new question: they are not "ja" either.
    if (command === 'erase' && dc.activeDialog?.id === ERASE_CONFIRM_ID) return undefined;
    // In the menu (and the coach's home) the words are answers: "Praat met iemand" is an option there.
    // STOP, VERWIJDER MIJN GEGEVENS and MIJN GEGEVENS are no option there, and work there too.
    if (command !== 'stop' && command !== 'erase' && command !== 'data' && menuLike.has(open)) return undefined;
    if (command === 'start' && !conversation.optedOut) return undefined;
    // A word the open question offers as an answer is that answer ("quit" for "Quit, no diploma").
    if (openQuestion(dc)?.offersWord(context, text)) return undefined;
    return command;
  }

  private async runCommand(command: CommandId, turn: FrontDoorTurn): Promise<void> {
    const { context, dc, conversation } = turn;
    switch (command) {
      case 'menu':
        // MENU and HELP: what the bot can do, then the choices (again, when the menu is open already).
        await say(context, 'commands:help.text');
        if (rootDialogId(dc) === MENU_DIALOG_ID) return dc.repromptDialog();
        if (rootDialogId(dc) === COACH_HOME_DIALOG_ID) await dc.cancelAllDialogs();
        await dc.beginDialog(MENU_DIALOG_ID);
        return;
      case 'stop':
        await dc.beginDialog(STOP_DIALOG_ID);
        return;
      case 'start':
        conversation.optedOut = false;
        emitEvent(context, { type: 'conversation.opted_in', payload: {} });
        await say(context, 'commands:start.confirmed');
        if (dc.activeDialog) await dc.repromptDialog();
        else await this.home(turn);
        return;
      case 'language':
        await dc.beginDialog(LANGUAGE_DIALOG_ID);
        return;
      case 'restart':
        await say(context, 'commands:restart.confirmed');
        await dc.cancelAllDialogs();
        conversation.intakeCompleted = false;
        await this.note(turn, await dc.beginDialog(FRONT_DOOR_FLOW_ID));
        return;
      case 'person':
        await dc.beginDialog(PERSON_DIALOG_ID);
        return;
      case 'erase':
        await dc.beginDialog(ERASE_DIALOG_ID);
        return;
      case 'data':
        await dc.beginDialog(DATA_ACCESS_DIALOG_ID);
        return;
    }
  }

  private async restartFrom(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const conversation = await this.conversation.get(step.context, {});
    conversation.intakeCompleted = false;
    await step.cancelAllDialogs();
    return step.beginDialog(FRONT_DOOR_FLOW_ID);
  }

  private async optedOut(step: WaterfallStepContext): Promise<void> {
    const conversation = await this.conversation.get(step.context, {});
    conversation.optedOut = true;
  }

  /** Notes a finished intake; returns whether it did (then the rating is asked). */
  private async note({ dc, conversation }: FrontDoorTurn, result: DialogTurnResult): Promise<boolean> {
    if (result.status === DialogTurnStatus.complete && isFrontDoorFlowResult(result.result) && result.result.completed) {
      conversation.intakeCompleted = true;
      // The case store asks the rating after its "Goed nieuws! …" (the intake's event says so) and the
      // bot waits for it; after a referral the bot gave itself, the bot asks it now.
      const asked = result.result.ratingAskedBy !== 'bot';
      if (this.settings.feedbackAfterIntake && !dc.activeDialog) await dc.beginDialog(FEEDBACK_DIALOG_ID, { source: 'intake', asked } satisfies FeedbackOptions);
      return true;
    }
    return false;
  }

  private applyLanguage(context: TurnContext, choice: LanguageChoice): void {
    void this.conversation.get(context, {}).then((conversation) => {
      conversation.locale = choice.locale;
    });
    turnEffects(context).locale = choice.locale;
    useLanguage(context, { i18n: this.i18n, locale: choice.locale });
  }
}
