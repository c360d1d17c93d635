/**
 * The server as it ships: compiled by scripts/build-server.ts, run by plain Node (no tsx),
 * from a folder laid out like the repository's (`server/` beside `client/` and
 * `node_modules/`, as dist/server beside dist/client). Proves the lookups relative to the
 * compiled file (the built client, the import worker's entry) and the lazily loaded chunks.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedWorkshop } from '@shared/protocol';
import { buildServer } from '../../scripts/build-server';
import { spawnServer, type ServerProcess } from '../test-support/server-process';
import { apiClient, tempDataDir } from '../test-support/test-server';

const NODE_MODULES = fileURLToPath(new URL('../../node_modules', import.meta.url));
const INDEX_HTML = '<!doctype html><title>Coatelier compilé</title>';

describe('the compiled server', () => {
  let dist: string;
  let dataDir: string;
  let server: ServerProcess;

  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), 'coatelier-dist-'));
    // Packages stay external: they resolve from the repository's node_modules, as in the image.
    symlinkSync(NODE_MODULES, path.join(dist, 'node_modules'), 'dir');
    mkdirSync(path.join(dist, 'client'));
    writeFileSync(path.join(dist, 'client', 'index.html'), INDEX_HTML);
    await buildServer(path.join(dist, 'server'));
    dataDir = tempDataDir();
    server = await spawnServer(dataDir, {}, [path.join(dist, 'server', 'main.js')]);
  }, 60_000);

  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    rmSync(dist, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers its health check and serves the built client beside it', async () => {
    expect(await apiClient(server.url)('GET', '/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await (await fetch(`${server.url}/`)).text()).toBe(INDEX_HTML);
  });

  it('creates a workshop, exports it as Word (a chunk loaded on demand) and imports it (in the worker)', async () => {
    const request = apiClient(server.url);
    const created = await request<CreatedWorkshop>('POST', '/api/workshops', { title: 'Atelier compilé', template: 'rencontre-ess' });
    expect(created.status).toBe(201);
    const { id, organiserToken } = created.body;
    const exportAs = (format: string) => fetch(`${server.url}/api/workshops/${id}/export?format=${format}`, { headers: { authorization: `Bearer ${organiserToken}` } });

    const docx = await exportAs('docx');
    expect(docx.status).toBe(200);
    // A Word file is a zip archive.
    expect(Buffer.from(await docx.arrayBuffer()).subarray(0, 2).toString('latin1')).toBe('PK');

    const backup = await (await exportAs('json')).text();
    const imported = await request<CreatedWorkshop>('POST', '/api/workshops/import', backup);
    expect(imported.status).toBe(201);
    expect(imported.body.title).toBe('Atelier compilé');
  });
});
