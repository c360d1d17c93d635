/** Named hooks into the document layer, for metrics and for relaying between instances. */
export interface DocHooks {
  /** A batch of updates was stored (before it is applied and relayed). */
  onStored?(info: { boardId: string; updates: number; bytes: number; durationMs: number }): void;
  onStoreFailed?(boardId: string, err: unknown): void;
  onUnloaded?(boardId: string): void;
}
