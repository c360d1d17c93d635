/**
 * Abuse limits on the HTTP entry points, per client address (see http-client-address.ts):
 * failed joins (guessing codes), invite redemptions, workshop creations and imports.
 *
 * A venue's whole room shares one public address, so a successful join never counts: only
 * failures do, checked before the attempt (an address past its limit is refused even with
 * the right code, otherwise the limit would not stop guessing). With REDIS_URL the counts
 * live in Redis and every instance shares them; when Redis is unreachable each instance
 * falls back to counting in memory rather than refusing everyone or no one.
 */
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { normaliseJoinCode } from '@shared/join-code';
import type { RateLimitSettings } from '../config';
import { AppError } from '../errors';

/** 429 with the seconds to wait, sent as `Retry-After` (see errors-middleware.ts). */
export class RateLimitedError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('rate_limited', message);
  }
}

const MINUTE_S = 60;
const HOUR_S = 3_600;

/** A count per key over a fixed window; null when the setting turns it off. */
class Limit {
  constructor(
    private readonly limiter: RateLimiterAbstract | null,
    private readonly refusal: string,
  ) {}

  /** Refuses a key that already used up its points, without counting this request. */
  async check(key: string): Promise<void> {
    if (!this.limiter) return;
    const res = await this.limiter.get(key);
    if (res && res.consumedPoints >= this.limiter.points) throw this.refused(res);
  }

  /** Counts one, whatever comes of the request. */
  async consume(key: string): Promise<void> {
    try {
      await this.limiter?.consume(key);
    } catch (err) {
      if (err instanceof RateLimiterRes) throw this.refused(err);
      throw err;
    }
  }

  /** Counts one against the key, refusing nothing now (the next check will). */
  async count(key: string): Promise<void> {
    await this.limiter?.penalty(key);
  }

  private refused(res: RateLimiterRes): RateLimitedError {
    return new RateLimitedError(this.refusal, Math.max(1, Math.ceil(res.msBeforeNext / 1_000)));
  }
}

export class RateLimits {
  private readonly joinsPerMinute: Limit;
  private readonly joinsPerHour: Limit;
  private readonly joinsPerCode: Limit;
  private readonly invites: Limit;
  private readonly creations: Limit;
  private readonly imports: Limit;

  /** `redis`: a connected node-redis client (the relay's) to share counts between instances. */
  constructor(settings: RateLimitSettings, redis?: object) {
    const limiter = (name: string, points: number, duration: number): RateLimiterAbstract | null => {
      if (points === 0) return null;
      const keyPrefix = `coatelier:limit:${name}`;
      const memory = new RateLimiterMemory({ keyPrefix, points, duration });
      if (!redis) return memory;
      return new RateLimiterRedis({
        storeClient: redis,
        useRedisPackage: true,
        keyPrefix,
        points,
        duration,
        // Without Redis, count locally instead of waiting on a reconnecting client.
        rejectIfRedisNotReady: true,
        insuranceLimiter: memory,
      });
    };
    const tooManyFailures = 'Too many wrong join codes from your network: wait before trying again';
    this.joinsPerMinute = new Limit(limiter('join-failures-minute', settings.joinFailuresPerMinute, MINUTE_S), tooManyFailures);
    this.joinsPerHour = new Limit(limiter('join-failures-hour', settings.joinFailuresPerHour, HOUR_S), tooManyFailures);
    this.joinsPerCode = new Limit(
      limiter('join-failures-code', settings.joinFailuresPerCodePerMinute, MINUTE_S),
      'Too many failed attempts with this join code: wait before trying again',
    );
    this.invites = new Limit(limiter('invites', settings.invitesPerMinute, MINUTE_S), 'Too many invitation links opened from your network: wait before trying again');
    this.creations = new Limit(limiter('creations', settings.creationsPerHour, HOUR_S), 'Too many workshops created from your network: wait before creating another');
    this.imports = new Limit(limiter('imports', settings.importsPerHour, HOUR_S), 'Too many imports from your network: wait before importing another');
  }

  /**
   * Runs a join unless `address` or `code` failed too often, and counts it against both if
   * the server refuses it (a wrong or archived code). Successful joins are never counted.
   */
  async join<T>(address: string, code: string, attempt: () => Promise<T>): Promise<T> {
    const codeKey = normaliseJoinCode(code);
    await Promise.all([this.joinsPerMinute.check(address), this.joinsPerHour.check(address), this.joinsPerCode.check(codeKey)]);
    try {
      return await attempt();
    } catch (err) {
      // Only the client's own failures count: a storage outage is not a guess.
      if (err instanceof AppError && err.status < 500) {
        await Promise.all([this.joinsPerMinute.count(address), this.joinsPerHour.count(address), this.joinsPerCode.count(codeKey)]);
      }
      throw err;
    }
  }

  /** Every redemption counts: each one adds a participant, and invites are not guessed. */
  redeem(address: string): Promise<void> {
    return this.invites.consume(address);
  }

  createWorkshop(address: string): Promise<void> {
    return this.creations.consume(address);
  }

  /** Counted before the body is read: a refused file cost the server its parsing too. */
  importWorkshop(address: string): Promise<void> {
    return this.imports.consume(address);
  }
}
