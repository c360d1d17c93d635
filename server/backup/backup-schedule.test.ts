/**
 * Scheduled backups in a real server: a backup every period into BACKUP_DIR, the oldest
 * deleted beyond BACKUP_KEEP, nothing else in the folder touched; and the settings.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../config';
import { waitUntil } from '../test-support/test-clients';
import { startTestServer } from '../test-support/test-server';
import { backupFolderName, backupFolderTime, listBackupFolders } from './backup-folders';

const root = mkdtempSync(path.join(tmpdir(), 'coatelier-schedule-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('scheduled backups', () => {
  it('writes one every period and keeps the newest BACKUP_KEEP, leaving other folders alone', async () => {
    const dir = path.join(root, 'backups');
    // An old backup (due again at once, then pruned), one a crash left half-written (removed
    // at start), and two folders that are not backups.
    for (const name of ['coatelier-20200101-000000', '.coatelier-20200101-000001.partial', 'coatelier-notes', 'archives']) {
      mkdirSync(path.join(dir, name), { recursive: true });
    }
    const server = await startTestServer({ BACKUP_DIR: dir, BACKUP_EVERY: '0.02', BACKUP_KEEP: '2' }, path.join(root, 'data'));
    const { id: workshopId } = await server.createWorkshop('Planifiée');

    const seen = new Set<string>();
    const look = () => listBackupFolders(dir).forEach((name) => seen.add(name));
    const watcher = watch(dir);
    try {
      // Three new backups: the third one has pruned at least two older ones.
      await waitUntil(
        () => (look(), seen.size >= 4),
        (onChange) => {
          watcher.on('change', onChange);
          return () => watcher.off('change', onChange);
        },
        'three scheduled backups',
        30_000,
      );
      const metrics = await fetch(`${server.url}/metrics`).then((res) => res.text());
      const last = /^coatelier_backup_last_success_timestamp_seconds (\d+)$/m.exec(metrics);
      expect(Number(last?.[1])).toBeGreaterThan(Date.UTC(2025, 0, 1) / 1000);
    } finally {
      watcher.close();
      // Stops the schedule and waits for a backup under way.
      await server.close();
    }

    look();
    const kept = listBackupFolders(dir);
    expect(kept).toHaveLength(2);
    expect(kept).toEqual([...seen].sort().slice(-2));
    expect(readdirSync(dir).sort()).toEqual(['archives', 'coatelier-notes', ...kept].sort());
    for (const name of kept) {
      expect(readdirSync(path.join(dir, name)).sort()).toEqual(['backup.json', 'coatelier.sqlite', 'secret.key']);
      const db = new Database(path.join(dir, name, 'coatelier.sqlite'), { readonly: true });
      expect(db.prepare('SELECT id FROM workshops').all()).toEqual([{ id: workshopId }]);
      db.close();
    }
  }, 60_000);

  it('names folders by UTC time, and reads the time back only from such names', () => {
    const at = new Date(Date.UTC(2026, 10, 29, 8, 5, 9));
    expect(backupFolderName(at)).toBe('coatelier-20261129-080509');
    expect(backupFolderTime('coatelier-20261129-080509')).toBe(at.getTime());
    expect(backupFolderTime('coatelier-20261129-080509-copie')).toBeNull();
    expect(backupFolderTime('.coatelier-20261129-080509.partial')).toBeNull();
  });
});

describe('backup settings', () => {
  const base = { DATA_DIR: path.join(root, 'settings') };

  it('are off without BACKUP_DIR, and every 6 hours keeping 7 with it', () => {
    expect(configFromEnv(base).backup).toBeUndefined();
    expect(configFromEnv({ ...base, BACKUP_DIR: 'sauvegardes' }).backup).toEqual({
      dir: path.resolve('sauvegardes'),
      everyMs: 6 * 3_600_000,
      keep: 7,
    });
  });

  it('refuse BACKUP_DIR with DATABASE_URL, and periods or counts out of range', () => {
    const pg = { ...base, BACKUP_DIR: 'b', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' };
    expect(() => configFromEnv(pg)).toThrow(/BACKUP_DIR backs up SQLite only.*pg_dump/);
    for (const bad of [{ BACKUP_EVERY: '0' }, { BACKUP_EVERY: '20000' }, { BACKUP_EVERY: 'souvent' }, { BACKUP_KEEP: '0' }, { BACKUP_KEEP: '1.5' }]) {
      expect(() => configFromEnv({ ...base, BACKUP_DIR: 'b', ...bad }), JSON.stringify(bad)).toThrow(/Invalid settings/);
    }
  });
});
