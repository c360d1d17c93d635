/**
 * Signed bearer tokens (HS256). The secret is generated on first start and kept in
 * DATA_DIR, so tokens survive restarts; SECRET overrides it for several instances.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SignJWT, jwtVerify } from 'jose';
import { tokenClaims, type TokenClaims } from '@shared/protocol';

const ISSUER = 'coatelier';

export function loadOrCreateSecret(dataDir: string, override?: string): Uint8Array {
  if (override) return new TextEncoder().encode(override);
  const file = path.join(dataDir, 'secret.key');
  try {
    return new Uint8Array(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32);
  // 'wx' so that two processes starting at once cannot overwrite each other's secret.
  try {
    writeFileSync(file, secret.toString('base64'), { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateSecret(dataDir);
    throw err;
  }
  return new Uint8Array(secret);
}

export class TokenIssuer {
  constructor(private readonly secret: Uint8Array) {}

  sign(claims: TokenClaims): Promise<string> {
    return new SignJWT({ ...claims }).setProtectedHeader({ alg: 'HS256' }).setIssuer(ISSUER).setIssuedAt().sign(this.secret);
  }

  /** The claims of a valid token, or null for a missing, forged or malformed one. */
  async verify(token: unknown): Promise<TokenClaims | null> {
    if (typeof token !== 'string' || token.length === 0 || token.length > 2_000) return null;
    try {
      const { payload } = await jwtVerify(token, this.secret, { issuer: ISSUER, algorithms: ['HS256'] });
      const parsed = tokenClaims.safeParse(payload);
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }
}
