/**
 * A value read from the server that several components share: one request at a time, and
 * one more if a refresh is asked for meanwhile (never a queue of them). A failed read keeps
 * the last value: the next refresh tries again. Any number of components may poll it: one
 * loop runs while at least one does.
 */
type Listener = () => void;

export class RemoteValue<T> {
  private value: T;
  private readonly listeners = new Set<Listener>();
  private inFlight: Promise<void> | null = null;
  private again = false;
  private pollers = 0;
  /** The running poll loop: a loop whose number is past stops (a poll stopped, then started again). */
  private loop = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly load: () => Promise<T>,
    initial: T,
  ) {
    this.value = initial;
  }

  get = (): T => this.value;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Sets the value at once (an action's own outcome), before the server is read again. */
  set(value: T): void {
    this.value = value;
    this.listeners.forEach((l) => l());
  }

  refresh = (): Promise<void> => {
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    this.inFlight = (async () => {
      do {
        this.again = false;
        try {
          this.set(await this.load());
        } catch {
          // Kept as it was: a poll or the next change reads again.
        }
      } while (this.again);
      this.inFlight = null;
    })();
    return this.inFlight;
  };

  /** Reads now, then every `everyMs` after each answer, until every poller stopped. */
  poll(everyMs: number): () => void {
    if (this.pollers++ === 0) this.tick(++this.loop, everyMs);
    return () => {
      if (--this.pollers > 0) return;
      this.loop++;
      clearTimeout(this.timer);
    };
  }

  private tick(loop: number, everyMs: number): void {
    void this.refresh().then(() => {
      if (loop === this.loop) this.timer = setTimeout(() => this.tick(loop, everyMs), everyMs);
    });
  }
}
