import { randomUUID } from 'node:crypto';
import { ActivityTypes, BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import { TURN_EFFECTS, type TurnEffects } from './bot-message';

const COLLECTED = Symbol.for('jongerenloket.collected');

export interface TurnResult {
  /** Everything the bot sent in this turn, in order. */
  activities: Partial<Activity>[];
  effects: TurnEffects;
}

/**
 * A Bot Framework adapter that sends nothing itself: it collects the activities a bot sends in a
 * turn, so the turn runner can write them as outbound rows in the same transaction as the bot's
 * state and the turn's domain events (DESIGN.md rule 4).
 */
export class CollectingAdapter extends BotAdapter {
  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const collected = context.turnState.get(COLLECTED) as Partial<Activity>[];
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      // A "delay" or "typing" activity has no meaning on WhatsApp; the web chat shows its own indicator.
      if (activity.type === ActivityTypes.Message) collected.push(activity);
      responses.push({ id: randomUUID() });
    }
    return responses;
  }

  async updateActivity(): Promise<void> {
    throw new Error('Updating a sent message is not possible on WhatsApp');
  }

  async deleteActivity(_context: TurnContext, _reference: Partial<ConversationReference>): Promise<void> {
    throw new Error('Deleting a sent message is not possible on WhatsApp');
  }

  async continueConversation(): Promise<void> {
    // Proactive messages (handover notices, reminders) are written as outbound rows by processors.
    throw new Error('Proactive turns are not used; write an outbound message instead');
  }

  /** Runs one turn through the adapter's middleware and the bot logic; returns what it produced. */
  async runTurn(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<TurnResult> {
    const context = new TurnContext(this, activity);
    const collected: Partial<Activity>[] = [];
    const effects: TurnEffects = { events: [] };
    context.turnState.set(COLLECTED, collected);
    context.turnState.set(TURN_EFFECTS, effects);
    await this.runMiddleware(context, logic);
    return { activities: collected, effects };
  }
}
