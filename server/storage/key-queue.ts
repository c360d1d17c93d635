/**
 * Work that must not interleave, chained per key within this process. Enough on its own for
 * SQLite (one instance by construction); PostgreSQL queues here before its database lock,
 * so that one instance's waiters do not each hold a pooled connection.
 */
export class KeyQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    // A failed work does not stop the next one: each caller hears of its own failure only.
    const run = previous.then(work, work);
    this.tails.set(key, run);
    const forget = () => {
      if (this.tails.get(key) === run) this.tails.delete(key);
    };
    run.then(forget, forget);
    return run;
  }
}
