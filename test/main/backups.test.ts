import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BACKUP_REASONS,
  type BackupReason,
  IPC_CHANNELS,
  invalidWriteBackupRequest,
  isBackupName,
  MAX_BACKUPS,
} from '../../src/shared/ipc';
import { eventFrom, fakeFrame, fakeWindow } from './fakes';

vi.mock('electron', () => ({}));

const { backupFileName, createBackupHandlers, createBackupStore, parseBackupName } = await import(
  '../../src/main/backups'
);
const { isAppUrl } = await import('../../src/main/origin');
type BackupStore = import('../../src/main/backups').BackupStore;

let userData: string;
let backupsDir: string;
beforeEach(async () => {
  userData = await fsp.mkdtemp(path.join(tmpdir(), 'spanlight-backups-'));
  backupsDir = path.join(userData, 'backups');
});
afterEach(async () => {
  await fsp.rm(userData, { recursive: true, force: true });
});

/** A clock that moves one second per call, from a fixed start. */
function steppingClock(start = Date.UTC(2026, 11, 1, 10, 0, 0)) {
  let time = start;
  return () => {
    const now = new Date(time);
    time += 1000;
    return now;
  };
}

const library = (documents: number) =>
  JSON.stringify({ format: 'spanlight.dataset', version: 1, documents: Array(documents).fill({}) });

function request(reason: BackupReason = 'manual', documents = 1, spans = 2) {
  return { reason, content: library(documents), counts: { documents, spans } };
}

async function dirEntries(): Promise<string[]> {
  return (await fsp.readdir(backupsDir)).sort();
}

/** An fs for writeFileAtomic whose rename of the backup itself (not its sidecar) fails with `code`. */
function failingRename(code: string) {
  return {
    open: fsp.open,
    rm: fsp.rm,
    rename: (async (from: string, to: string) => {
      if (to.endsWith('.json') && !to.endsWith('.meta.json')) {
        throw Object.assign(new Error(code), { code });
      }
      return fsp.rename(from, to);
    }) as typeof fsp.rename,
  };
}

describe('backup file names', () => {
  it('is spanlight-<ISO timestamp with - for : and .>-<reason>.json, and parses back', () => {
    const name = backupFileName(new Date('2026-12-01T10:20:30.456Z'), 'before-import');
    expect(name).toBe('spanlight-2026-12-01T10-20-30-456Z-before-import.json');
    expect(parseBackupName(name)).toEqual({
      name,
      createdAt: '2026-12-01T10:20:30.456Z',
      reason: 'before-import',
    });
  });

  it.each([
    ['a traversal', '../spanlight-2026-12-01T10-00-00-000Z-manual.json'],
    ['a deeper traversal', '../../../etc/passwd'],
    ['an absolute path', '/etc/passwd'],
    ['a Windows absolute path', 'C:\\Windows\\win.ini'],
    ['a nested path', 'backups/spanlight-2026-12-01T10-00-00-000Z-manual.json'],
    ['a backslash path', '..\\spanlight-2026-12-01T10-00-00-000Z-manual.json'],
    ['an encoded traversal', '%2e%2e%2fspanlight-2026-12-01T10-00-00-000Z-manual.json'],
    ['a trailing slash', 'spanlight-2026-12-01T10-00-00-000Z-manual.json/'],
    ['a NUL byte', 'spanlight-2026-12-01T10-00-00-000Z-manual.json\u0000.txt'],
    ['a trailing newline', 'spanlight-2026-12-01T10-00-00-000Z-manual.json\n'],
    ['an unknown reason', 'spanlight-2026-12-01T10-00-00-000Z-hourly.json'],
    ['its sidecar', 'spanlight-2026-12-01T10-00-00-000Z-manual.meta.json'],
    ['a temp file', '.spanlight-2026-12-01T10-00-00-000Z-manual.json.a1b2c3.spanlight-tmp'],
    ['the sentinel', 'sentinel.json'],
    ['another file of the folder', 'notes.txt'],
    ['colons, as in a raw ISO time', 'spanlight-2026-12-01T10:00:00.000Z-manual.json'],
    ['an impossible date', 'spanlight-2026-02-31T10-00-00-000Z-manual.json'],
    ['an impossible hour', 'spanlight-2026-12-01T25-00-00-000Z-manual.json'],
    ['an upper-case variant', 'SPANLIGHT-2026-12-01T10-00-00-000Z-manual.json'],
    ['an empty string', ''],
  ])('refuses %s: %j', (_label, name) => {
    expect(parseBackupName(name)).toBeNull();
  });

  it('refuses non-strings in the shared validator', () => {
    for (const value of [undefined, null, 42, {}, ['spanlight-2026-12-01T10-00-00-000Z-manual.json']]) {
      expect(isBackupName(value)).toBe(false);
    }
  });
});

describe('writeBackup', () => {
  it('writes the content and its sidecar, leaving no temp file', async () => {
    const store = createBackupStore(userData, { now: () => new Date('2026-12-01T10:00:00.000Z') });
    const result = await store.write(request('manual', 3, 7));
    expect(result).toEqual({ ok: true, name: 'spanlight-2026-12-01T10-00-00-000Z-manual.json' });
    expect(await dirEntries()).toEqual([
      'spanlight-2026-12-01T10-00-00-000Z-manual.json',
      'spanlight-2026-12-01T10-00-00-000Z-manual.meta.json',
    ]);
    expect(
      await fsp.readFile(path.join(backupsDir, 'spanlight-2026-12-01T10-00-00-000Z-manual.json'), 'utf8'),
    ).toBe(library(3));
  });

  it('keeps non-ASCII text byte for byte', async () => {
    const store = createBackupStore(userData);
    const content = JSON.stringify({ documents: [{ text: 'قسد في الحسكة — 🇸🇾 e\u0301' }] });
    const result = await store.write({ reason: 'manual', content, counts: { documents: 1, spans: 0 } });
    if (!result.ok) throw new Error(result.reason);
    expect(await store.read(result.name)).toEqual({ ok: true, content });
  });

  it('gives two backups in the same millisecond different names, in write order', async () => {
    const store = createBackupStore(userData, { now: () => new Date('2026-12-01T10:00:00.000Z') });
    const first = await store.write(request('scheduled'));
    const second = await store.write(request('scheduled'));
    expect(first).toEqual({ ok: true, name: 'spanlight-2026-12-01T10-00-00-000Z-scheduled.json' });
    expect(second).toEqual({ ok: true, name: 'spanlight-2026-12-01T10-00-00-001Z-scheduled.json' });
    expect((await store.list()).map((b) => b.name)).toEqual([
      'spanlight-2026-12-01T10-00-00-001Z-scheduled.json',
      'spanlight-2026-12-01T10-00-00-000Z-scheduled.json',
    ]);
  });

  it('stays in write order when the clock is set back, so the newest write is never pruned', async () => {
    const times = ['2027-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'];
    const store = createBackupStore(userData, { keep: 1, now: () => new Date(times.shift() ?? 0) });
    await store.write(request('manual', 1, 1));
    const second = await store.write(request('manual', 1, 1));
    expect(second).toEqual({ ok: true, name: 'spanlight-2027-01-01T00-00-00-001Z-manual.json' });
    expect((await store.list()).map((b) => b.name)).toEqual([
      'spanlight-2027-01-01T00-00-00-001Z-manual.json',
    ]);
  });

  it('serialises concurrent writes: all land, with distinct names', async () => {
    const store = createBackupStore(userData, { now: () => new Date('2026-12-01T10:00:00.000Z') });
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => store.write(request('before-import', i, i))),
    );
    const names = results.map((r) => (r.ok ? r.name : r.reason));
    expect(new Set(names).size).toBe(5);
    expect((await store.list()).map((b) => b.documents).sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('reports a full disk in plain words and leaves the older backups, and no debris, behind', async () => {
    const clock = steppingClock();
    const good = createBackupStore(userData, { now: clock });
    await good.write(request('manual', 1, 1));
    await good.write(request('scheduled', 2, 2));
    const before = await dirEntries();
    const beforeContent = await Promise.all(
      before.map((name) => fsp.readFile(path.join(backupsDir, name), 'utf8')),
    );

    const full = createBackupStore(userData, { now: clock, atomicFs: failingRename('ENOSPC') });
    expect(await full.write(request('manual', 9, 9))).toEqual({
      ok: false,
      reason: 'The backup was not written: the disk is full. Free some space, then try again.',
    });
    expect(await dirEntries()).toEqual(before);
    expect(
      await Promise.all(before.map((name) => fsp.readFile(path.join(backupsDir, name), 'utf8'))),
    ).toEqual(beforeContent);
  });

  it('reports a folder it may not write in', async () => {
    const store = createBackupStore(userData, { atomicFs: failingRename('EACCES') });
    const result = await store.write(request());
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/not allowed to write/) });
    expect(await dirEntries()).toEqual([]);
  });

  it('reports a data folder that cannot hold a backups folder', async () => {
    await fsp.writeFile(backupsDir, 'a file where the folder should be');
    const result = await createBackupStore(userData).write(request());
    expect(result.ok).toBe(false);
    expect(await fsp.readFile(backupsDir, 'utf8')).toBe('a file where the folder should be');
  });
});

describe('pruning', () => {
  it(`keeps the newest ${MAX_BACKUPS} by default and deletes older ones with their sidecars`, async () => {
    const store = createBackupStore(userData, { now: steppingClock() });
    const names: string[] = [];
    for (let i = 0; i < MAX_BACKUPS + 5; i++) {
      // Same counts everywhere: the "richest" exception below does not apply.
      const result = await store.write(request('scheduled', 1, 1));
      if (!result.ok) throw new Error(result.reason);
      names.push(result.name);
    }
    const listed = (await store.list()).map((b) => b.name);
    expect(listed).toEqual(names.slice(-MAX_BACKUPS).reverse());
    const entries = await dirEntries();
    expect(entries).toHaveLength(2 * MAX_BACKUPS);
    for (const old of names.slice(0, 5)) {
      expect(entries).not.toContain(old);
      expect(entries).not.toContain(old.replace(/\.json$/, '.meta.json'));
    }
  });

  it('never prunes the backup with the most annotations, so empty backups cannot push it out', async () => {
    const store = createBackupStore(userData, { keep: 3, now: steppingClock() });
    const good = await store.write(request('scheduled', 12, 340));
    for (let i = 0; i < 6; i++) await store.write(request('scheduled', 0, 0));
    const listed = await store.list();
    expect(listed).toHaveLength(4);
    expect(listed.map((b) => b.spans)).toEqual([0, 0, 0, 340]);
    expect(good.ok && listed.at(-1)?.name === good.name).toBe(true);
  });

  it('leaves files that are not its own alone', async () => {
    await fsp.mkdir(backupsDir, { recursive: true });
    const foreign = [
      'notes.txt',
      'spanlight-library-2026-12-01.json',
      'spanlight-2026-12-01T10-00-00-000Z-hourly.json',
      '.DS_Store',
    ];
    for (const name of foreign) await fsp.writeFile(path.join(backupsDir, name), 'keep me');
    const store = createBackupStore(userData, { keep: 1, now: steppingClock() });
    for (let i = 0; i < 3; i++) await store.write(request());
    const entries = await dirEntries();
    for (const name of foreign) expect(entries).toContain(name);
  });

  it('removes its own leftovers: temp files and sidecars without a backup', async () => {
    await fsp.mkdir(backupsDir, { recursive: true });
    const debris = [
      '.spanlight-2026-11-30T10-00-00-000Z-manual.json.0a1b2c3d4e5f.spanlight-tmp',
      'spanlight-2026-11-30T10-00-00-000Z-manual.meta.json',
    ];
    for (const name of debris) await fsp.writeFile(path.join(backupsDir, name), '{}');
    await fsp.writeFile(path.join(backupsDir, 'other.spanlight-tmp'), 'not ours');
    const store = createBackupStore(userData, { now: steppingClock() });
    await store.write(request());
    const entries = await dirEntries();
    for (const name of debris) expect(entries).not.toContain(name);
    expect(entries).toContain('other.spanlight-tmp');
  });
});

describe('listBackups', () => {
  it('is empty before the first backup (no folder yet)', async () => {
    expect(await createBackupStore(userData).list()).toEqual([]);
  });

  it('lists newest first with time, reason, size and counts', async () => {
    const store = createBackupStore(userData, { now: steppingClock() });
    await store.write(request('before-upgrade', 1, 10));
    await store.write(request('before-import', 2, 20));
    await store.write(request('manual', 3, 30));
    expect(await store.list()).toEqual([
      {
        name: 'spanlight-2026-12-01T10-00-02-000Z-manual.json',
        createdAt: '2026-12-01T10:00:02.000Z',
        reason: 'manual',
        bytes: Buffer.byteLength(library(3)),
        documents: 3,
        spans: 30,
      },
      expect.objectContaining({ reason: 'before-import', documents: 2, spans: 20 }),
      expect.objectContaining({ reason: 'before-upgrade', documents: 1, spans: 10 }),
    ]);
  });

  it('writes, lists and reads back a backup for every reason, deleting a project included', async () => {
    const store = createBackupStore(userData, { now: steppingClock() });
    expect(BACKUP_REASONS).toContain('before-delete-project');
    for (const [i, reason] of BACKUP_REASONS.entries()) {
      expect(invalidWriteBackupRequest(request(reason, i + 1, i))).toBeNull();
      const written = await store.write(request(reason, i + 1, i));
      if (!written.ok) throw new Error(written.reason);
      expect(written.name).toMatch(new RegExp(`-${reason}\\.json$`));
      expect(await store.read(written.name)).toEqual({ ok: true, content: library(i + 1) });
    }
    const listed = await store.list();
    expect(listed.map((backup) => backup.reason).sort()).toEqual([...BACKUP_REASONS].sort());
    expect(listed.find((backup) => backup.reason === 'before-delete-project')).toMatchObject({
      documents: BACKUP_REASONS.indexOf('before-delete-project') + 1,
    });
  });

  it('never reads a backup to list it: a 2 GB file is listed by its size alone', async () => {
    const store = createBackupStore(userData, { now: steppingClock() });
    const written = await store.write(request('scheduled', 5, 50));
    if (!written.ok) throw new Error(written.reason);
    // Sparse and not JSON: reading or parsing it would be slow, or fail outright.
    await fsp.truncate(path.join(backupsDir, written.name), 2 * 1024 ** 3);
    const started = performance.now();
    const [listed] = await store.list();
    expect(performance.now() - started).toBeLessThan(500);
    expect(listed).toMatchObject({ name: written.name, bytes: 2 * 1024 ** 3, documents: 5, spans: 50 });
  });

  it('shows unknown counts when a sidecar is missing or damaged', async () => {
    const store = createBackupStore(userData, { now: steppingClock() });
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await store.write(request('manual', 1, 1)));
    const [a, b, c] = results.map((r) => (r.ok ? r.name : ''));
    const meta = (name = '') => path.join(backupsDir, name.replace(/\.json$/, '.meta.json'));
    await fsp.rm(meta(a));
    await fsp.writeFile(meta(b), '{not json');
    const listed = await store.list();
    expect(listed.find((x) => x.name === a)).toMatchObject({ documents: null, spans: null });
    expect(listed.find((x) => x.name === b)).toMatchObject({ documents: null, spans: null });
    expect(listed.find((x) => x.name === c)).toMatchObject({ documents: 1, spans: 1 });
  });

  it('ignores other files, folders and symlinks that look like backups', async () => {
    const store = createBackupStore(userData, { now: steppingClock() });
    const written = await store.write(request());
    await fsp.writeFile(path.join(backupsDir, 'notes.txt'), 'x');
    await fsp.mkdir(path.join(backupsDir, 'spanlight-2020-01-01T00-00-00-000Z-manual.json'));
    await fsp.writeFile(path.join(userData, 'secret.json'), '{"secret":true}');
    await fsp.symlink(
      path.join(userData, 'secret.json'),
      path.join(backupsDir, 'spanlight-2021-01-01T00-00-00-000Z-manual.json'),
    );
    expect((await store.list()).map((b) => b.name)).toEqual([written.ok ? written.name : '']);
  });
});

describe('readBackup', () => {
  let store: BackupStore;
  let name: string;
  beforeEach(async () => {
    store = createBackupStore(userData, { now: steppingClock() });
    const written = await store.write(request('manual', 4, 8));
    if (!written.ok) throw new Error(written.reason);
    name = written.name;
  });

  it('returns the content of a backup it wrote', async () => {
    expect(await store.read(name)).toEqual({ ok: true, content: library(4) });
  });

  it('says when the backup is gone', async () => {
    await fsp.rm(path.join(backupsDir, name));
    expect(await store.read(name)).toEqual({ ok: false, reason: 'That backup no longer exists.' });
  });

  it('refuses a name it did not write, without touching the disk', async () => {
    await fsp.writeFile(path.join(backupsDir, 'notes.txt'), 'x');
    for (const other of ['notes.txt', '../sentinel.json', name.replace('.json', '.meta.json')]) {
      expect(await store.read(other)).toEqual({
        ok: false,
        reason: 'That is not the name of a Spanlight backup.',
      });
    }
  });

  it('refuses a symlink with a backup name, pointing outside the folder', async () => {
    await fsp.writeFile(path.join(userData, 'secret.txt'), 'secret');
    const link = 'spanlight-2030-01-01T00-00-00-000Z-manual.json';
    await fsp.symlink(path.join(userData, 'secret.txt'), path.join(backupsDir, link));
    const result = await store.read(link);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('secret"');
  });

  it('refuses a folder with a backup name', async () => {
    const folder = 'spanlight-2030-01-01T00-00-00-000Z-manual.json';
    await fsp.mkdir(path.join(backupsDir, folder));
    expect(await store.read(folder)).toEqual({
      ok: false,
      reason: 'That backup is not a regular file; it was not opened.',
    });
  });

  it('refuses a file that is not UTF-8', async () => {
    await fsp.writeFile(path.join(backupsDir, name), Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(await store.read(name)).toEqual({ ok: false, reason: 'That backup is not UTF-8 text.' });
  });
});

describe('sentinel', () => {
  const sentinel = { documents: 12, spans: 345, lastWriteAt: '2026-12-01T10:00:00.000Z' };

  it('is null before the first write', async () => {
    expect(await createBackupStore(userData).readSentinel()).toBeNull();
  });

  it('round-trips through userData/sentinel.json, atomically, replacing the previous one', async () => {
    const store = createBackupStore(userData);
    expect(await store.writeSentinel(sentinel)).toEqual({ ok: true });
    expect(await store.readSentinel()).toEqual(sentinel);
    const next = { documents: 13, spans: 346, lastWriteAt: '2026-12-01T10:05:00.000Z' };
    expect(await store.writeSentinel(next)).toEqual({ ok: true });
    expect(await store.readSentinel()).toEqual(next);
    expect((await fsp.readdir(userData)).sort()).toEqual(['sentinel.json']);
  });

  it('lands concurrent writes in call order: the last one wins', async () => {
    const store = createBackupStore(userData);
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        store.writeSentinel({ documents: i, spans: i, lastWriteAt: `2026-12-01T10:00:0${i}.000Z` }),
      ),
    );
    expect(await store.readSentinel()).toMatchObject({ documents: 9 });
  });

  it('keeps the previous sentinel when the disk is full', async () => {
    const store = createBackupStore(userData);
    await store.writeSentinel(sentinel);
    const full = createBackupStore(userData, {
      atomicFs: {
        open: fsp.open,
        rm: fsp.rm,
        rename: async () => {
          throw Object.assign(new Error('full'), { code: 'ENOSPC' });
        },
      },
    });
    expect(await full.writeSentinel({ ...sentinel, documents: 0 })).toEqual({
      ok: false,
      reason: 'The sentinel was not written: the disk is full. Free some space, then try again.',
    });
    expect(await store.readSentinel()).toEqual(sentinel);
    expect((await fsp.readdir(userData)).sort()).toEqual(['sentinel.json']);
  });

  it.each([
    ['not JSON', '{"documents": 1,'],
    [
      'another format',
      JSON.stringify({ format: 'other', documents: 1, spans: 1, lastWriteAt: sentinel.lastWriteAt }),
    ],
    ['negative counts', JSON.stringify({ format: 'spanlight.sentinel', ...sentinel, spans: -1 })],
    ['a bad time', JSON.stringify({ format: 'spanlight.sentinel', ...sentinel, lastWriteAt: 'yesterday' })],
    ['too large', JSON.stringify({ format: 'spanlight.sentinel', ...sentinel, pad: 'x'.repeat(70_000) })],
  ])('reads as null when the file is %s', async (_label, content) => {
    await fsp.writeFile(path.join(userData, 'sentinel.json'), content);
    expect(await createBackupStore(userData).readSentinel()).toBeNull();
  });

  it('does not follow a symlink planted at sentinel.json', async () => {
    await fsp.writeFile(
      path.join(userData, 'elsewhere.json'),
      JSON.stringify({ format: 'spanlight.sentinel', ...sentinel }),
    );
    await fsp.symlink(path.join(userData, 'elsewhere.json'), path.join(userData, 'sentinel.json'));
    expect(await createBackupStore(userData).readSentinel()).toBeNull();
  });
});

describe('IPC handlers', () => {
  const mainFrame = fakeFrame('app://spanlight/index.html');
  const trusted = eventFrom(mainFrame);

  function handlers(store: BackupStore) {
    const all = createBackupHandlers({
      getMainWindow: () => fakeWindow(mainFrame),
      isAppUrl: (url) => isAppUrl(url, undefined),
      backups: store,
    });
    return (channel: string) => {
      const found = all[channel];
      if (!found) throw new Error(`no handler for ${channel}`);
      return found;
    };
  }

  function spyStore(): BackupStore {
    return {
      dir: '/nowhere',
      write: vi.fn(async () => ({ ok: true as const, name: 'n' })),
      list: vi.fn(async () => []),
      read: vi.fn(async () => ({ ok: true as const, content: '{}' })),
      writeSentinel: vi.fn(async () => ({ ok: true as const })),
      readSentinel: vi.fn(async () => null),
    };
  }

  it('registers the five backup channels', () => {
    const all = createBackupHandlers({
      getMainWindow: () => null,
      isAppUrl: () => false,
      backups: spyStore(),
    });
    expect(Object.keys(all).sort()).toEqual(
      [
        IPC_CHANNELS.writeBackup,
        IPC_CHANNELS.listBackups,
        IPC_CHANNELS.readBackup,
        IPC_CHANNELS.writeSentinel,
        IPC_CHANNELS.readSentinel,
      ].sort(),
    );
  });

  it('goes end to end on a real folder: write, list, read, sentinel', async () => {
    const store = createBackupStore(userData, { now: steppingClock() });
    const call = handlers(store);
    const written = (await call(IPC_CHANNELS.writeBackup)(trusted, request('manual', 2, 3))) as {
      ok: true;
      name: string;
    };
    expect(written.ok).toBe(true);
    expect(await call(IPC_CHANNELS.listBackups)(trusted)).toEqual([
      expect.objectContaining({ name: written.name, documents: 2, spans: 3 }),
    ]);
    expect(await call(IPC_CHANNELS.readBackup)(trusted, written.name)).toEqual({
      ok: true,
      content: library(2),
    });
    const sentinel = { documents: 2, spans: 3, lastWriteAt: '2026-12-01T10:00:00.000Z' };
    expect(await call(IPC_CHANNELS.writeSentinel)(trusted, sentinel)).toEqual({ ok: true });
    expect(await call(IPC_CHANNELS.readSentinel)(trusted)).toEqual(sentinel);
  });

  const senders = {
    'a subframe': eventFrom(fakeFrame('app://spanlight/index.html', 'child-token')),
    'another process': eventFrom(fakeFrame('app://spanlight/index.html', 'main-token', 99)),
    'a foreign origin': eventFrom(fakeFrame('https://evil.example/', 'main-token')),
    'a destroyed frame': eventFrom(null),
  };
  const validArgs: Record<string, unknown[]> = {
    [IPC_CHANNELS.writeBackup]: [request()],
    [IPC_CHANNELS.listBackups]: [],
    [IPC_CHANNELS.readBackup]: ['spanlight-2026-12-01T10-00-00-000Z-manual.json'],
    [IPC_CHANNELS.writeSentinel]: [{ documents: 0, spans: 0, lastWriteAt: '2026-12-01T10:00:00Z' }],
    [IPC_CHANNELS.readSentinel]: [],
  };

  for (const [channel, args] of Object.entries(validArgs)) {
    it.each(Object.entries(senders))(
      `${channel} refuses %s before touching the disk`,
      async (_label, event) => {
        const store = spyStore();
        await expect(handlers(store)(channel)(event, ...args)).rejects.toThrow(/IPC refused/);
        for (const method of [store.write, store.list, store.read, store.writeSentinel, store.readSentinel]) {
          expect(method).not.toHaveBeenCalled();
        }
      },
    );
  }

  const ok = request();
  it.each([
    ['no request', []],
    ['two arguments', [ok, ok]],
    ['a string', ['{}']],
    ['null', [null]],
    ['an unknown reason', [{ ...ok, reason: 'hourly' }]],
    ['a missing reason', [{ content: ok.content, counts: ok.counts }]],
    ['non-string content', [{ ...ok, content: { documents: [] } }]],
    ['content that is not a JSON object', [{ ...ok, content: 'hello' }]],
    ['missing counts', [{ reason: 'manual', content: '{}' }]],
    ['negative counts', [{ ...ok, counts: { documents: -1, spans: 0 } }]],
    ['fractional counts', [{ ...ok, counts: { documents: 1.5, spans: 0 } }]],
    ['string counts', [{ ...ok, counts: { documents: '1', spans: 0 } }]],
    ['NaN counts', [{ ...ok, counts: { documents: Number.NaN, spans: 0 } }]],
    ['infinite counts', [{ ...ok, counts: { documents: 0, spans: Number.POSITIVE_INFINITY } }]],
    ['unsafe-integer counts', [{ ...ok, counts: { documents: 2 ** 53, spans: 0 } }]],
  ])('writeBackup throws on %s', async (_label, args) => {
    const store = spyStore();
    await expect(handlers(store)(IPC_CHANNELS.writeBackup)(trusted, ...args)).rejects.toThrow(TypeError);
    expect(store.write).not.toHaveBeenCalled();
  });

  it('writeBackup passes only the validated fields on', async () => {
    const store = spyStore();
    await handlers(store)(IPC_CHANNELS.writeBackup)(trusted, {
      ...ok,
      dir: '/etc',
      counts: { ...ok.counts, path: '/tmp' },
    });
    expect(store.write).toHaveBeenCalledExactlyOnceWith(ok);
  });

  it.each([
    ['no name', []],
    ['two names', ['a', 'b']],
    ['a number', [42]],
    ['an object', [{ name: 'spanlight-2026-12-01T10-00-00-000Z-manual.json' }]],
    ['a traversal', ['../../../../etc/passwd']],
    ['a traversal to a backup-like name', ['../spanlight-2026-12-01T10-00-00-000Z-manual.json']],
    ['an absolute path', [path.join(tmpdir(), 'spanlight-2026-12-01T10-00-00-000Z-manual.json')]],
    ['the sentinel', ['../sentinel.json']],
    ['a sidecar', ['spanlight-2026-12-01T10-00-00-000Z-manual.meta.json']],
    ['another file', ['notes.txt']],
  ])('readBackup throws on %s', async (_label, args) => {
    const store = spyStore();
    await expect(handlers(store)(IPC_CHANNELS.readBackup)(trusted, ...args)).rejects.toThrow(TypeError);
    expect(store.read).not.toHaveBeenCalled();
  });

  const good = { documents: 1, spans: 1, lastWriteAt: '2026-12-01T10:00:00.000Z' };
  it.each([
    ['nothing', []],
    ['null', [null]],
    ['a negative count', [{ ...good, spans: -5 }]],
    ['a missing time', [{ documents: 1, spans: 1 }]],
    ['a time with an offset', [{ ...good, lastWriteAt: '2026-12-01T10:00:00+01:00' }]],
    ['a date only', [{ ...good, lastWriteAt: '2026-12-01' }]],
    ['an impossible date', [{ ...good, lastWriteAt: '2026-02-30T10:00:00.000Z' }]],
    ['a number for the time', [{ ...good, lastWriteAt: 1764583200000 }]],
  ])('writeSentinel throws on %s', async (_label, args) => {
    const store = spyStore();
    await expect(handlers(store)(IPC_CHANNELS.writeSentinel)(trusted, ...args)).rejects.toThrow(TypeError);
    expect(store.writeSentinel).not.toHaveBeenCalled();
  });

  it.each([IPC_CHANNELS.listBackups, IPC_CHANNELS.readSentinel])('%s takes no arguments', async (channel) => {
    const store = spyStore();
    await expect(handlers(store)(channel)(trusted, '/etc')).rejects.toThrow('takes no arguments');
    expect(store.list).not.toHaveBeenCalled();
    expect(store.readSentinel).not.toHaveBeenCalled();
  });
});
