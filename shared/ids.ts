/** 12 url-safe characters (72 bits): unguessable enough for ids that appear in links. */
const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

export function newId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(12));
  let id = '';
  for (const b of bytes) id += ID_ALPHABET[b & 63];
  return id;
}
