import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  DialogSet,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogContext,
  type DialogState,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { i18n } from 'i18next';
import { emitEvent, turnEffects } from '../bot/turn-effects';
import { isLanguage, languages, type Language } from '../locales/index';
import { AskDialog, say, setTurnLanguage, type Translate } from './ask-dialog';
import { IntakeDialog, INTAKE_DIALOG_ID, isIntakeOutcome } from './intake-dialog';
import { normalize } from './match-choice';

/** What the front door remembers about a conversation, next to the dialog stack. */
export interface FrontDoorConversation {
  locale?: Language;
  intakeCompleted?: boolean;
  optedOut?: boolean;
}

/** What a global command gets to act on. */
export interface CommandTurn {
  context: TurnContext;
  dc: DialogContext;
  conversation: FrontDoorConversation;
}

/**
 * A word a young person can type at any moment, whatever question is open. Matched against the
 * whole message (normalised), so "ik wil stoppen met school" is an answer, not a command.
 */
export interface GlobalCommand {
  words: readonly string[];
  run(turn: CommandTurn): Promise<void>;
}

const STOP_DIALOG_ID = 'stop';
const STOP_CONFIRM_ID = 'stop.confirm';

export class FrontDoorBot {
  private readonly conversationState: ConversationState;
  private readonly i18n: i18n;
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly conversation: StatePropertyAccessor<FrontDoorConversation>;
  private readonly dialogs: DialogSet;
  private readonly commands: readonly GlobalCommand[];

  constructor({ conversationState, i18n }: { conversationState: ConversationState; i18n: i18n }) {
    this.conversationState = conversationState;
    this.i18n = i18n;
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.conversation = conversationState.createProperty<FrontDoorConversation>('frontDoor');
    this.dialogs = new DialogSet(this.dialogState)
      .add(new IntakeDialog())
      .add(
        new AskDialog(STOP_CONFIRM_ID, {
          textKey: 'front_door.stop.question',
          choices: [
            { id: 'yes', titleKey: 'front_door.stop.yes', aliasesKey: 'front_door.stop.yes_aliases' },
            { id: 'no', titleKey: 'front_door.stop.no', aliasesKey: 'front_door.stop.no_aliases' },
          ],
          expects: 'choice',
          retryKey: 'front_door.stop.retry',
        }),
      )
      .add(
        new WaterfallDialog(STOP_DIALOG_ID, [
          (step) => step.beginDialog(STOP_CONFIRM_ID),
          (step) => this.stopConfirmed(step),
        ]),
      );
    this.commands = [
      { words: ['stop', 'afmelden', 'stoppen', 'unsubscribe'], run: (turn) => this.stop(turn) },
      { words: ['opnieuw', 'restart', 'herstart', 'begin opnieuw', 'start again'], run: (turn) => this.restart(turn) },
      { words: ['english', 'engels'], run: (turn) => this.switchLanguage(turn, 'en') },
      { words: ['nederlands', 'dutch'], run: (turn) => this.switchLanguage(turn, 'nl') },
    ];
  }

  async run(context: TurnContext): Promise<void> {
    // Conversation updates, typing indicators and the like carry nothing to answer.
    if (context.activity.type === 'message') {
      const conversation = await this.conversation.get(context, {});
      const locale = conversation.locale ?? primaryLanguage(context.activity.locale) ?? languages[0];
      conversation.locale = locale;
      this.useLanguage(context, locale);
      const dc = await this.dialogs.createContext(context);
      await this.answer({ context, dc, conversation });
    }
    await this.conversationState.saveChanges(context);
  }

  private async answer(turn: CommandTurn): Promise<void> {
    const { context, dc, conversation } = turn;
    const text = context.activity.text ?? '';
    const hasButton = typeof (context.activity.value as { choice?: unknown } | undefined)?.choice === 'string';
    if (!text.trim() && !hasButton) {
      // A photo, voice note or sticker: say so, and still lead a newcomer into the intake.
      await say(context, 'front_door.text_only');
      if (!dc.activeDialog && !conversation.intakeCompleted) await this.startIntake(turn);
      return;
    }

    const command = this.commandFor(text, dc);
    if (command) return command.run(turn);

    if (dc.activeDialog) {
      this.noteOutcome(conversation, await dc.continueDialog());
    } else if (conversation.intakeCompleted) {
      await say(context, 'front_door.after_intake');
    } else {
      await this.startIntake(turn);
    }
  }

  private commandFor(text: string, dc: DialogContext): GlobalCommand | undefined {
    const said = normalize(text);
    const command = this.commands.find((candidate) => candidate.words.includes(said));
    // "stop" while the stop question is open is its answer, not a second stop.
    if (command?.words.includes('stop') && dc.activeDialog?.id === STOP_CONFIRM_ID) return undefined;
    return command;
  }

  private async startIntake({ dc, conversation }: CommandTurn): Promise<void> {
    conversation.optedOut = false;
    this.noteOutcome(conversation, await dc.beginDialog(INTAKE_DIALOG_ID));
  }

  private noteOutcome(conversation: FrontDoorConversation, result: DialogTurnResult): void {
    if (result.status !== DialogTurnStatus.complete || !isIntakeOutcome(result.result)) return;
    conversation.intakeCompleted = result.result.status === 'completed';
  }

  private async stop({ dc }: CommandTurn): Promise<void> {
    // Pushed on top of the open question: "no" ends it and the question is asked again.
    await dc.beginDialog(STOP_DIALOG_ID);
  }

  private async stopConfirmed(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result !== 'yes') {
      await say(step.context, 'front_door.stop.continue');
      return step.endDialog();
    }
    const conversation = await this.conversation.get(step.context, {});
    conversation.optedOut = true;
    emitEvent(step.context, { type: 'conversation.opted_out', payload: {} });
    await say(step.context, 'front_door.stop.confirmed');
    return step.cancelAllDialogs();
  }

  private async restart(turn: CommandTurn): Promise<void> {
    await turn.dc.cancelAllDialogs();
    turn.conversation.intakeCompleted = false;
    await this.startIntake(turn);
  }

  private async switchLanguage(turn: CommandTurn, locale: Language): Promise<void> {
    const { context, dc, conversation } = turn;
    conversation.locale = locale;
    turnEffects(context).locale = locale;
    this.useLanguage(context, locale);
    await say(context, 'front_door.language_switched');
    if (dc.activeDialog) await dc.repromptDialog();
    else if (!conversation.intakeCompleted) await this.startIntake(turn);
  }

  private useLanguage(context: TurnContext, locale: Language): void {
    const t = this.i18n.getFixedT(locale, 'bot') as Translate;
    setTurnLanguage(context, { locale, t });
  }
}

/** "en-US" → "en"; anything we do not speak → undefined. */
function primaryLanguage(locale: string | undefined): Language | undefined {
  const primary = locale?.split('-')[0]?.toLowerCase();
  return isLanguage(primary) ? primary : undefined;
}
