import { afterAll, describe, expect, it, vi } from 'vitest';
import { domainEventTypes, MalformedDomainEventError, parseDomainEvent, parseDomainEventDraft, toStoredEvent, type DomainEventDraft } from './domain-events';

// Every event the flows emit while their own tests run (those tests are loaded below, into this
// file), recorded on the way into the turn's collector.
const emitted = vi.hoisted(() => [] as { type: string; payload: unknown }[]);
vi.mock('../bot/turn-effects', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../bot/turn-effects')>();
  return {
    ...actual,
    emitEvent: (context: Parameters<typeof actual.emitEvent>[0], event: DomainEventDraft) => {
      emitted.push(event);
      actual.emitEvent(context, event);
    },
  };
});
await import('../flows/front-door-bot.test');
await import('../flows/global-commands.test');
await import('../flows/safety-net.test');
await import('../flows/intake-dialog.test');
await import('../flows/zelfscan-dialog.test');
await import('../flows/follow-up-dialogs.test');

const intake = {
  age: 19,
  municipality: 'amstelveen',
  diploma: 'vmbo',
  hasStartkwalificatie: false,
  wants: 'school',
  locale: 'nl',
};

// After all tests of this file, the loaded flow tests included, whatever order they ran in.
afterAll(() => {
  expect(emitted.length, 'the events the flows emitted in their tests').toBeGreaterThan(10);
  const types = new Set(emitted.map((e) => e.type));
  for (const type of ['intake.completed', 'intake.declined', 'handover.requested', 'youth.message_for_coach', 'conversation.opted_out', 'conversation.opted_in']) {
    expect(types).toContain(type);
  }
  for (const event of emitted) {
    const draft = parseDomainEventDraft(event);
    const stored = toStoredEvent(draft, (text) => `enc:${text}`);
    expect(parseDomainEvent(JSON.parse(JSON.stringify(stored)))).toMatchObject({ type: event.type });
  }
});

describe('the domain event catalogue', () => {
  it('rejects a payload with a missing or renamed field, naming the field and not its value', () => {
    expect(() => parseDomainEvent({ type: 'intake.completed', payload: intake })).not.toThrow();
    const { age: _age, ...withoutAge } = intake;
    expect(() => parseDomainEvent({ type: 'intake.completed', payload: withoutAge })).toThrow(MalformedDomainEventError);
    expect(() => parseDomainEvent({ type: 'intake.completed', payload: { ...withoutAge, leeftijd: 19 } })).toThrow(/age/);
    expect(() => parseDomainEvent({ type: 'handover.created', payload: { handoverID: '6f0c1a52-3d1e-4a4b-9a55-0a8f1f3c2b10' } })).toThrow(/handoverId/);
    expect(() => parseDomainEvent({ type: 'nazorg.answered', payload: { answer: 'misschien' } })).toThrow(MalformedDomainEventError);
    try {
      parseDomainEvent({ type: 'youth.message_for_coach', payload: { text: 'geheim' } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MalformedDomainEventError);
      expect((error as Error).message).toContain('textEnc');
      expect((error as Error).message).not.toContain('geheim');
    }
  });

  it('rejects an event type it does not list', () => {
    expect(() => parseDomainEvent({ type: 'intake.finished', payload: intake })).toThrow(/unknown event type/);
    expect(domainEventTypes).toContain('handover.created');
  });

  it('stores free text encrypted and fills defaults', () => {
    expect(toStoredEvent({ type: 'youth.message_for_coach', payload: { text: 'hoi' } }, (t) => `enc:${t}`)).toEqual({
      type: 'youth.message_for_coach',
      payload: { textEnc: 'enc:hoi' },
    });
    // The name the coach may use is the young person's own words too: only its ciphertext is stored.
    expect(toStoredEvent({ type: 'intake.completed', payload: { ...intake, name: 'Samira' } } as DomainEventDraft, (t) => `enc:${t}`)).toEqual({
      type: 'intake.completed',
      payload: { ...intake, nameEnc: 'enc:Samira' },
    });
    expect(toStoredEvent({ type: 'feedback.given', payload: { source: 'intake', rating: 'good' } }, (t) => `enc:${t}`)).toEqual({
      type: 'feedback.given',
      payload: { source: 'intake', rating: 'good' },
    });
    expect(parseDomainEvent({ type: 'handover.created', payload: { handoverId: '6f0c1a52-3d1e-4a4b-9a55-0a8f1f3c2b10' } })).toEqual({
      type: 'handover.created',
      payload: { handoverId: '6f0c1a52-3d1e-4a4b-9a55-0a8f1f3c2b10', tellYouth: false },
    });
  });
});
