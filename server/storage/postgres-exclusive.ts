/**
 * "Only one at a time" across every instance on this database: a session advisory lock held
 * on one pooled connection while the work runs. The work itself uses other connections of
 * the pool (storage methods, loading a board), so the lock's connection only holds the lock.
 *
 * Waiters queue in this process first (KeyQueue), and at most LOCK_CONNECTIONS connections
 * hold or wait for locks at once: otherwise waiters could take the whole pool and a holder's
 * work would wait forever for a connection. For the same reason a work never nests another.
 */
import type pg from 'pg';
import { KeyQueue } from './key-queue';

/** Coatelier's advisory lock space: the two-integer form, apart from the migrations' bigint lock. */
const LOCK_SPACE = 7_164_032;
/** Of the pool's 10 connections: the rest stays free for the works and every other request. */
const LOCK_CONNECTIONS = 3;

export class PostgresExclusive {
  private readonly queue = new KeyQueue();
  private free = LOCK_CONNECTIONS;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly pool: pg.Pool) {}

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    return this.queue.run(key, async () => {
      if (this.free > 0) this.free--;
      else await new Promise<void>((resolve) => this.waiting.push(resolve));
      try {
        return await this.locked(key, work);
      } finally {
        const next = this.waiting.shift();
        if (next) next();
        else this.free++;
      }
    });
  }

  private async locked<T>(key: string, work: () => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1, hashtext($2))', [LOCK_SPACE, key]);
    } catch (err) {
      client.release(true);
      throw err;
    }
    try {
      return await work();
    } finally {
      // A connection that cannot unlock is destroyed, and PostgreSQL releases its locks with it.
      const unlocked = await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [LOCK_SPACE, key]).then(
        () => true,
        () => false,
      );
      client.release(!unlocked);
    }
  }
}
