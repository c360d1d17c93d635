/** Listener sets keyed by what they watch (a card id, a column id), created on demand. */
export type Listener = () => void;

export class KeyedListeners {
  private readonly byKey = new Map<string, Set<Listener>>();

  subscribe(key: string, listener: Listener): () => void {
    let set = this.byKey.get(key);
    if (!set) this.byKey.set(key, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.byKey.delete(key);
    };
  }

  notify(keys: Iterable<string>): void {
    for (const key of keys) this.byKey.get(key)?.forEach((l) => l());
  }
}

export class Listeners {
  private readonly set = new Set<Listener>();

  subscribe = (listener: Listener): (() => void) => {
    this.set.add(listener);
    return () => this.set.delete(listener);
  };

  notify(): void {
    this.set.forEach((l) => l());
  }
}

/** One value that changes now and then (connection, facilitation state…), read through useSyncExternalStore. */
export class Slice<T> {
  private readonly listeners = new Listeners();

  constructor(private value: T) {}

  get = (): T => this.value;

  set(next: T): void {
    if (Object.is(next, this.value)) return;
    this.value = next;
    this.listeners.notify();
  }

  subscribe = (listener: Listener) => this.listeners.subscribe(listener);
}
