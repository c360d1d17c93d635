/**
 * Limits on live connections, for both transports: how many one address may hold open on
 * this instance (a venue's whole room shares one public address, so the default is
 * generous), and how many messages one connection may send per second, with a burst for a
 * reconnecting client catching up. Counts are per instance: with several instances behind
 * a sticky proxy, one address may hold that many on each.
 */
import { BurstyRateLimiter, RateLimiterMemory } from 'rate-limiter-flexible';
import type { LiveLimitSettings } from '../config';
import { AppError } from '../errors';
import { addressKey } from './http-client-address';

const BURST_WINDOW_S = 10;

export class LiveLimits {
  private readonly open = new Map<string, number>();
  private readonly messages: BurstyRateLimiter | null;
  private nextMeter = 0;

  constructor(private readonly settings: LiveLimitSettings) {
    this.messages =
      settings.messagesPerSecond > 0
        ? new BurstyRateLimiter(
            new RateLimiterMemory({ keyPrefix: 'live-messages', points: settings.messagesPerSecond, duration: 1 }),
            new RateLimiterMemory({ keyPrefix: 'live-burst', points: settings.messageBurst, duration: BURST_WINDOW_S }),
          )
        : null;
  }

  /** Counts one more connection from this address, or refuses it; call the result when it closes. */
  admit(address: string): () => void {
    const key = addressKey(address);
    const count = this.open.get(key) ?? 0;
    const max = this.settings.connectionsPerAddress;
    if (max > 0 && count >= max) {
      throw new AppError('rate_limited', `At most ${max} open connections per address`, 'too_many_connections');
    }
    this.open.set(key, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.open.get(key) ?? 1) - 1;
      if (left > 0) this.open.set(key, left);
      else this.open.delete(key);
    };
  }

  /**
   * A message counter for one connection: call it for every message; it answers false
   * once the connection went over its rate, and calls `onExceeded` once, then.
   */
  meter(onExceeded: (refusal: AppError) => void): () => boolean {
    const limiter = this.messages;
    if (!limiter) return () => true;
    const key = String(this.nextMeter++);
    let exceeded = false;
    return () => {
      if (exceeded) return false;
      limiter.consume(key).catch(() => {
        if (exceeded) return;
        exceeded = true;
        onExceeded(
          new AppError('rate_limited', `More than ${this.settings.messagesPerSecond} messages per second`, 'too_many_messages'),
        );
      });
      return true;
    };
  }
}
