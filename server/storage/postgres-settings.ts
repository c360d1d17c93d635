/** Values every instance on one PostgreSQL database must share (the `settings` table). */
import type pg from 'pg';

const TOKEN_SECRET = 'token_secret';

/**
 * The stored token signing secret, else `candidate()` stored now. Instances starting at once
 * each offer theirs; ON CONFLICT DO NOTHING keeps the first, and every one reads that back.
 */
export async function sharedSecret(pool: pg.Pool, candidate: () => Uint8Array): Promise<Uint8Array> {
  const read = async () => {
    const { rows } = await pool.query<{ value: string }>('SELECT value FROM settings WHERE name = $1', [TOKEN_SECRET]);
    return rows[0] ? new Uint8Array(Buffer.from(rows[0].value, 'base64')) : null;
  };
  const stored = await read();
  if (stored) return stored;
  await pool.query('INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
    TOKEN_SECRET,
    Buffer.from(candidate()).toString('base64'),
  ]);
  const agreed = await read();
  if (!agreed) throw new Error('the token secret was not stored');
  return agreed;
}
