import type { TurnContext } from 'botbuilder';
import { TURN_EFFECTS, type DomainEventDraft, type TurnEffects } from './bot-message';

/** The side-effect collector of this turn (created on first use, e.g. in dialog tests). */
export function turnEffects(context: TurnContext): TurnEffects {
  let effects = context.turnState.get(TURN_EFFECTS) as TurnEffects | undefined;
  if (!effects) {
    effects = { events: [] };
    context.turnState.set(TURN_EFFECTS, effects);
  }
  return effects;
}

/** Records a domain event; it is committed with the turn and processed through the queue. */
export function emitEvent(context: TurnContext, event: DomainEventDraft): void {
  turnEffects(context).events.push(event);
}
