/** Starts a real server on an ephemeral port with its own data folder, for tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CreatedWorkshop, JoinResult } from '@shared/protocol';
import { startServer, type RunningServer } from '../app';
import { configFromEnv } from '../config';

export interface TestServer extends RunningServer {
  dataDir: string;
  /** JSON request against the API; returns status and parsed body. */
  request<T = unknown>(method: string, route: string, body?: unknown, token?: string): Promise<{ status: number; body: T }>;
  createWorkshop(title?: string, template?: string): Promise<CreatedWorkshop>;
  join(code: string, name: string): Promise<JoinResult>;
  /** Closes the server and deletes its data folder. */
  dispose(): Promise<void>;
}

export function tempDataDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'coatelier-test-'));
}

export function testEnv(dataDir: string, env: Record<string, string> = {}): NodeJS.ProcessEnv {
  // Servers given REDIS_URL share its counters across every test process of the hour: the
  // creations limit is off unless a test of that limit sets it.
  return { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', BOARD_UNLOAD_DELAY_MS: '200', RATE_CREATIONS_PER_HOUR: '0', ...env };
}

export function apiClient(url: string) {
  return async <T = unknown>(method: string, route: string, body?: unknown, token?: string) => {
    const res = await fetch(`${url}${route}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  };
}

export async function startTestServer(env: Record<string, string> = {}, dataDir = tempDataDir()): Promise<TestServer> {
  const server = await startServer(configFromEnv(testEnv(dataDir, env)));
  const request = apiClient(server.url);
  const expectOk = async <T>(res: Promise<{ status: number; body: T }>): Promise<T> => {
    const { status, body } = await res;
    if (status >= 300) throw new Error(`HTTP ${status}: ${JSON.stringify(body)}`);
    return body;
  };
  return {
    ...server,
    dataDir,
    request,
    createWorkshop: (title = 'Rencontres ESS', template = 'rencontre-ess') =>
      expectOk(request<CreatedWorkshop>('POST', '/api/workshops', { title, template })),
    join: (code, name) => expectOk(request<JoinResult>('POST', '/api/join', { code, name })),
    dispose: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
