import type { FakeTwilio } from '../support/fake-twilio';
import { PUBLIC_BASE_URL } from '../support/stack';

/**
 * Simulated young people on WhatsApp: each sends the intake and the zelfscan one answer at a time,
 * as a signed Twilio webhook, and answers the next question once the bot's reply for the previous
 * one reached (the fake) Twilio. New young people arrive whenever the offered rate needs one more
 * sender than are ready, so the arrival rate holds even when the product falls behind (open loop).
 */

export interface YoungPerson {
  phone: string;
  /** Index of the next answer to send. */
  step: number;
  /** Date.now() at which each answer was posted. */
  sentAt: number[];
  /** Date.now() at which each message to this young person reached Twilio. */
  replies: number[];
  inFlight: boolean;
  queued: boolean;
  phase: string;
}

export interface CoachNotice {
  at: number;
  handoverId: string | undefined;
}

/** Watches what the product hands to Twilio and files it under its young person or coach. */
export class Observer {
  readonly people = new Map<string, YoungPerson>();
  readonly coachNotices: CoachNotice[] = [];
  /** Latency (ms) of the first reply to each answer, by phase. */
  readonly replyLatency = new Map<string, number[]>();
  /** Replies beyond what the script expects: an answer answered twice. */
  extraReplies = 0;
  private cursor = 0;
  onReady: (person: YoungPerson) => void = () => {};

  constructor(
    private readonly fake: FakeTwilio,
    /** Replies expected after each answer, cumulative: cumulative[k] = replies once answer k is handled. */
    readonly cumulative: number[],
  ) {}

  /** Replies needed before answer `step` may be sent. */
  needed(step: number): number {
    return step === 0 ? 0 : (this.cumulative[step - 1] ?? 0);
  }

  poll(): void {
    const messages = this.fake.messages;
    for (; this.cursor < messages.length; this.cursor++) {
      const message = messages[this.cursor];
      if (!message) continue;
      const person = this.people.get(message.to);
      const at = message.receivedAt.getTime();
      if (!person) {
        if (message.contentSid && message.contentVariables) {
          const link = Object.values(message.contentVariables).find((v) => /\/dashboard\/handovers\//.test(v));
          this.coachNotices.push({ at, handoverId: link ? /handovers\/([0-9a-f-]{36})/.exec(link)?.[1] : undefined });
        }
        continue;
      }
      const index = person.replies.length;
      person.replies.push(at);
      const step = this.cumulative.findIndex((_, k) => this.needed(k) === index && (this.cumulative[k] ?? 0) > index);
      const sentAt = step >= 0 ? person.sentAt[step] : undefined;
      if (sentAt !== undefined) {
        const list = this.replyLatency.get(person.phase) ?? [];
        list.push(at - sentAt);
        this.replyLatency.set(person.phase, list);
      }
      if (index >= (this.cumulative[this.cumulative.length - 1] ?? Infinity)) this.extraReplies++;
      this.maybeReady(person);
    }
  }

  maybeReady(person: YoungPerson): void {
    if (person.queued || person.inFlight || person.step >= this.cumulative.length) return;
    if (person.replies.length < this.needed(person.step)) return;
    person.queued = true;
    this.onReady(person);
  }

  /** Answers sent whose replies have not all arrived yet. */
  unanswered(phase?: string): number {
    let missing = 0;
    for (const person of this.people.values()) {
      if (phase && person.phase !== phase) continue;
      const expected = this.needed(person.step);
      if (person.replies.length < expected) missing += 1;
    }
    return missing;
  }
}

export interface PhaseResult {
  name: string;
  offeredRate: number;
  seconds: number;
  sent: number;
  acked: number;
  errors: Record<string, number>;
  /** Acknowledged webhooks per second over the phase. */
  ackedPerSecond: number;
  /** Answers whose replies all arrived, per second from the phase start to the last reply. */
  answeredPerSecond: number;
  /** Time after the phase until every answer had its replies (ms), or null when some never did. */
  drainMs: number | null;
  unanswered: number;
  ackLatency: number[];
  replyLatency: number[];
  /** Last answer posted → the coach's WhatsApp notice handed to Twilio (ms). */
  coachLatency: number[];
  youngPeople: number;
  completedIntakes: number;
}

let phoneCounter = 0;

/**
 * Offers `rate` answers per second for `seconds`, then waits up to `drainSeconds` for every answer to
 * be answered. `handoverOwner` maps a handover id to the phone of its young person (from the database).
 */
export async function runPhase(input: {
  name: string;
  fake: FakeTwilio;
  observer: Observer;
  webhookUrls: string[];
  script: string[];
  rate: number;
  seconds: number;
  drainSeconds: number;
  maxInFlight: number;
  handoverOwner: (handoverIds: string[]) => Promise<Map<string, string>>;
}): Promise<PhaseResult> {
  const { observer, script, fake } = input;
  const ready: YoungPerson[] = [];
  const people: YoungPerson[] = [];
  observer.onReady = (person) => ready.push(person);
  const errors: Record<string, number> = {};
  const ackLatency: number[] = [];
  let sent = 0;
  let acked = 0;
  let inFlight = 0;
  let issued = 0;

  const newPerson = (): YoungPerson => {
    phoneCounter += 1;
    // A fresh database per run: a counter keeps the numbers apart (UK mobile range, never a coach's).
    const person: YoungPerson = { phone: `+447${String(phoneCounter).padStart(9, '0')}`, step: 0, sentAt: [], replies: [], inFlight: false, queued: true, phase: input.name };
    observer.people.set(`whatsapp:${person.phone}`, person);
    people.push(person);
    return person;
  };

  const post = (person: YoungPerson) => {
    const step = person.step;
    const body = script[step] ?? '';
    const webhookUrl = input.webhookUrls[issued % input.webhookUrls.length] ?? '';
    person.inFlight = true;
    person.queued = false;
    inFlight += 1;
    sent += 1;
    const started = performance.now();
    person.sentAt[step] = Date.now();
    fake
      .sendInbound({ webhookUrl, from: person.phone, body, publicBaseUrl: PUBLIC_BASE_URL })
      .then((result) => {
        if (result.status === 200) {
          acked += 1;
          ackLatency.push(performance.now() - started);
          person.step += 1;
        } else {
          errors[String(result.status)] = (errors[String(result.status)] ?? 0) + 1;
        }
      })
      .catch((error: unknown) => {
        const key = error instanceof Error ? error.name : 'error';
        errors[key] = (errors[key] ?? 0) + 1;
      })
      .finally(() => {
        inFlight -= 1;
        person.inFlight = false;
        observer.maybeReady(person);
      });
  };

  const started = Date.now();
  const until = started + input.seconds * 1000;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      observer.poll();
      const now = Date.now();
      if (now >= until) {
        clearInterval(timer);
        resolve();
        return;
      }
      const due = Math.floor((input.rate * (now - started)) / 1000) - issued;
      for (let i = 0; i < due && inFlight < input.maxInFlight; i++) {
        const person = ready.shift() ?? newPerson();
        issued += 1;
        post(person);
      }
    }, 2);
  });
  const stoppedAt = Date.now();

  // Drain: every answer sent must get its replies.
  const drainUntil = stoppedAt + input.drainSeconds * 1000;
  let drainMs: number | null = null;
  for (;;) {
    observer.poll();
    const waiting = inFlight > 0 || people.some((p) => p.replies.length < observer.needed(p.step));
    if (!waiting) {
      drainMs = Date.now() - stoppedAt;
      break;
    }
    if (Date.now() > drainUntil) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  ready.length = 0;

  // The coach's notice for every young person who finished the zelfscan.
  const finished = people.filter((p) => p.step >= script.length);
  const lastSentAt = new Map(finished.map((p) => [p.phone, p.sentAt[script.length - 1] ?? 0]));
  const coachLatency: number[] = [];
  const noticeDeadline = Date.now() + 15_000;
  let owners = new Map<string, string>();
  while (Date.now() < noticeDeadline) {
    observer.poll();
    const ids = observer.coachNotices.map((n) => n.handoverId).filter((id): id is string => Boolean(id));
    owners = await input.handoverOwner(ids);
    const noticed = new Set(observer.coachNotices.map((n) => owners.get(n.handoverId ?? '')));
    if (finished.every((p) => noticed.has(p.phone))) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  for (const notice of observer.coachNotices) {
    const phone = owners.get(notice.handoverId ?? '');
    const last = phone ? lastSentAt.get(phone) : undefined;
    if (last !== undefined) coachLatency.push(notice.at - last);
  }

  const lastReply = Math.max(started, ...people.map((p) => p.replies[p.replies.length - 1] ?? 0));
  const answered = people.reduce((n, p) => n + (p.replies.length >= observer.needed(p.step) ? p.step : Math.max(0, p.step - 1)), 0);
  return {
    name: input.name,
    offeredRate: input.rate,
    seconds: (stoppedAt - started) / 1000,
    sent,
    acked,
    errors,
    ackedPerSecond: acked / ((stoppedAt - started) / 1000),
    answeredPerSecond: answered / Math.max(0.001, (lastReply - started) / 1000),
    drainMs,
    unanswered: people.filter((p) => p.replies.length < observer.needed(p.step)).length,
    ackLatency,
    replyLatency: observer.replyLatency.get(input.name) ?? [],
    coachLatency,
    youngPeople: people.length,
    completedIntakes: finished.length,
  };
}
