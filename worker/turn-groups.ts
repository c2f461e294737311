/**
 * Group commit for turns of different conversations: turns that are ready while a group is being
 * committed wait and go together in the next group, one transaction and one commit for all of them
 * (worker/process-turn.ts, runTurnGroup). Nothing waits for a group to fill: a turn that finds a
 * free slot starts at once, alone if it is alone, so a quiet front door answers as fast as before
 * and a busy one commits many answers per flush of the write-ahead log. One turn per conversation
 * per group: a second turn of the same conversation waits for the next.
 */
export class TurnGroups<T> {
  private readonly waiting: { id: string; resolve: (outcome: T) => void; reject: (error: unknown) => void }[] = [];
  private inFlight = 0;

  constructor(
    private readonly runGroup: (ids: string[]) => Promise<Map<string, T>>,
    private readonly options: {
      /** The outcome of a turn whose group ran without it (it runs alone then). */
      alone: T;
      /** Groups committing at the same time: while one waits on PostgreSQL, the next runs its bots. */
      inFlight?: number;
      maxSize?: number;
    },
  ) {}

  /** The turn of this conversation, in the next group that has room. */
  run(id: string): Promise<T> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ id, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    const { inFlight = 2, maxSize = 32, alone } = this.options;
    if (this.inFlight >= inFlight || this.waiting.length === 0) return;
    const group: typeof this.waiting = [];
    const ids = new Set<string>();
    for (let index = 0; index < this.waiting.length && group.length < maxSize; ) {
      const turn = this.waiting[index]!;
      if (ids.has(turn.id)) {
        index += 1;
        continue;
      }
      ids.add(turn.id);
      group.push(turn);
      this.waiting.splice(index, 1);
    }
    this.inFlight += 1;
    this.runGroup([...ids])
      .then(
        (outcomes) => {
          for (const turn of group) turn.resolve(outcomes.get(turn.id) ?? alone);
        },
        (error: unknown) => {
          for (const turn of group) turn.reject(error);
        },
      )
      .finally(() => {
        this.inFlight -= 1;
        this.next();
      });
    this.next();
  }
}
