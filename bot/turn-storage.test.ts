import { MemoryStorage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { botStateKeys, TurnStorage } from './pg-storage';

describe('TurnStorage: one bot per process, each turn its own state', () => {
  it("serves each conversation's keys from the storage of the turn that holds it", async () => {
    const states = new TurnStorage();
    const [a, b] = [new MemoryStorage(), new MemoryStorage()];
    const [keyA] = botStateKeys('conversation-a');
    const [keyB] = botStateKeys('conversation-b');
    const unbindA = states.bind(botStateKeys('conversation-a'), a);
    const unbindB = states.bind(botStateKeys('conversation-b'), b);
    await states.write({ [keyA!]: { step: 'age' } });
    await states.write({ [keyB!]: { step: 'town' } });
    expect(await a.read([keyA!])).toMatchObject({ [keyA!]: { step: 'age' } });
    expect(await a.read([keyB!])).toEqual({});
    expect(await states.read([keyB!])).toMatchObject({ [keyB!]: { step: 'town' } });
    unbindA();
    await expect(states.read([keyA!])).rejects.toThrow(/no single turn/);
    unbindB();
  });

  it('refuses a second turn on a conversation that a turn holds, and lets it in once that turn ended', () => {
    const states = new TurnStorage();
    const keys = botStateKeys('conversation-a');
    const unbind = states.bind(keys, new MemoryStorage());
    expect(() => states.bind(keys, new MemoryStorage())).toThrow(/already held/);
    unbind();
    expect(() => states.bind(keys, new MemoryStorage())).not.toThrow();
  });
});
