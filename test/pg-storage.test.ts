import { ConversationState, MemoryStorage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { inboundActivity } from './channel-mapping';
import { CollectingAdapter } from './collecting-adapter';
import { botStateKeys } from './pg-storage';

describe('the keys a turn reads its bot state under', () => {
  // A turn reads the state with its other data under these keys; were botbuilder to store it under
  // another key, every young person would start over at each message.
  it.each(['whatsapp', 'web'] as const)('are the keys ConversationState uses on %s', async (channel) => {
    const conversationId = '4d1f7a9e-0c3b-4e8a-9f21-6b5d2c7e8a10';
    const storage = new MemoryStorage();
    const state = new ConversationState(storage);
    const step = state.createProperty<number>('step');
    await new CollectingAdapter().runTurn(inboundActivity({ conversationId, channel, locale: 'nl', text: 'Hoi', inboundId: 1 }), async (context) => {
      await step.set(context, 1);
      await state.saveChanges(context);
    });
    const written = Object.keys(await storage.read(botStateKeys(conversationId)));
    expect(written).toHaveLength(1);
  });
});
