import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, MAX_OPEN_FILE_BYTES } from '../../src/shared/ipc';
import { eventFrom, fakeFrame, fakeWindow } from './fakes';

const electron = vi.hoisted(() => ({ ipcMain: { handle: vi.fn() } }));
vi.mock('electron', () => electron);

const { readFileCapped, writeFileAtomic } = await import('../../src/main/files');
const { createIpcHandlers, MAX_OPEN_BATCH_BYTES, registerIpcHandlers } = await import('../../src/main/ipc');
const { isAppUrl } = await import('../../src/main/origin');
type IpcDeps = import('../../src/main/ipc').IpcDeps;

const mainFrame = fakeFrame('app://spanlight/index.html');
const window = fakeWindow(mainFrame);
const trusted = eventFrom(mainFrame);

function makeDeps(overrides: Partial<IpcDeps> = {}): IpcDeps {
  return {
    getMainWindow: () => window,
    isAppUrl: (url) => isAppUrl(url, undefined),
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
    readFile: vi.fn(async () => new Uint8Array()),
    writeFile: vi.fn(async () => {}),
    openExternal: vi.fn(async () => {}),
    backups: fakeBackupStore(),
    streamedSaves: fakeStreamedSaves(),
    ...overrides,
  };
}

/** A BackupStore whose every method is a spy: the sender checks must refuse before any is called. */
function fakeBackupStore(): IpcDeps['backups'] {
  return {
    dir: '/nowhere/backups',
    write: vi.fn(async () => ({ ok: true as const, name: 'x' })),
    list: vi.fn(async () => []),
    read: vi.fn(async () => ({ ok: true as const, content: '{}' })),
    writeSentinel: vi.fn(async () => ({ ok: true as const })),
    readSentinel: vi.fn(async () => null),
  };
}

/** StreamedSaves whose every method is a spy (the streamed save itself: streamedSave.test.ts). */
function fakeStreamedSaves(): IpcDeps['streamedSaves'] {
  return {
    begin: vi.fn(async () => ({ ok: false as const, canceled: true as const })),
    write: vi.fn(async () => ({ ok: true as const })),
    finish: vi.fn(async () => ({ saved: false as const })),
    abort: vi.fn(async () => {}),
    abortAll: vi.fn(async () => {}),
    openIds: () => [],
  };
}

function handler(deps: IpcDeps, channel: string) {
  const found = createIpcHandlers(deps)[channel];
  if (!found) throw new Error(`no handler for ${channel}`);
  return found;
}

const validRequest = { suggestedName: 'spanlight-library.json', content: '{"documents":[]}' };
const callsFor = {
  [IPC_CHANNELS.openFiles]: [],
  [IPC_CHANNELS.saveExport]: [validRequest],
  [IPC_CHANNELS.openExternal]: ['https://example.org/'],
  [IPC_CHANNELS.writeBackup]: [{ reason: 'manual', content: '{}', counts: { documents: 0, spans: 0 } }],
  [IPC_CHANNELS.listBackups]: [],
  [IPC_CHANNELS.readBackup]: ['spanlight-2026-12-01T10-00-00-000Z-manual.json'],
  [IPC_CHANNELS.writeSentinel]: [{ documents: 1, spans: 2, lastWriteAt: '2026-12-01T10:00:00.000Z' }],
  [IPC_CHANNELS.readSentinel]: [],
  [IPC_CHANNELS.beginExportSave]: [{ suggestedName: 'spanlight-library.json' }],
  [IPC_CHANNELS.writeExportChunk]: ['0123456789abcdef0123456789abcdef', '{'],
  [IPC_CHANNELS.finishExportSave]: ['0123456789abcdef0123456789abcdef'],
  [IPC_CHANNELS.abortExportSave]: ['0123456789abcdef0123456789abcdef'],
} as Record<string, unknown[]>;

describe('registerIpcHandlers', () => {
  it('registers exactly the request channels of the contract', () => {
    registerIpcHandlers(makeDeps());
    const channels = electron.ipcMain.handle.mock.calls.map((call) => call[0]).sort();
    const requestChannels = Object.values(IPC_CHANNELS).filter((c) => c !== IPC_CHANNELS.menuCommand);
    expect(channels).toEqual(requestChannels.sort());
    expect(Object.keys(callsFor).sort()).toEqual(requestChannels.sort());
  });
});

describe('sender check', () => {
  const foreign = {
    'a subframe': eventFrom(fakeFrame('app://spanlight/index.html', 'child-token')),
    'a frame in another process': eventFrom(fakeFrame('app://spanlight/index.html', 'main-token', 99)),
    'the main frame showing another origin': eventFrom(fakeFrame('https://evil.example/', 'main-token')),
    'the main frame on file://': eventFrom(fakeFrame('file:///tmp/x.html', 'main-token')),
    'a destroyed frame': eventFrom(null),
  };

  for (const channel of Object.keys(callsFor)) {
    it.each(Object.entries(foreign))(`${channel} refuses %s`, async (_label, event) => {
      const deps = makeDeps();
      await expect(handler(deps, channel)(event, ...(callsFor[channel] ?? []))).rejects.toThrow(
        /IPC refused/,
      );
      expect(deps.showOpenDialog).not.toHaveBeenCalled();
      expect(deps.showSaveDialog).not.toHaveBeenCalled();
      expect(deps.openExternal).not.toHaveBeenCalled();
      for (const method of [...Object.values(deps.backups), ...Object.values(deps.streamedSaves)]) {
        if (typeof method === 'function' && 'mock' in method) expect(method).not.toHaveBeenCalled();
      }
    });

    it(`${channel} refuses when the main window is gone`, async () => {
      const gone = makeDeps({ getMainWindow: () => fakeWindow(mainFrame, true) });
      await expect(handler(gone, channel)(trusted, ...(callsFor[channel] ?? []))).rejects.toThrow(
        /IPC refused/,
      );
      const none = makeDeps({ getMainWindow: () => null });
      await expect(handler(none, channel)(trusted, ...(callsFor[channel] ?? []))).rejects.toThrow(
        /IPC refused/,
      );
    });
  }

  it('accepts the dev server origin only when that is the trusted origin', async () => {
    const devFrame = fakeFrame('http://localhost:5173/', 'main-token');
    const deps = makeDeps({
      getMainWindow: () => fakeWindow(devFrame),
      isAppUrl: (url) => isAppUrl(url, 'http://localhost:5173'),
    });
    await expect(handler(deps, IPC_CHANNELS.openFiles)(eventFrom(devFrame))).resolves.toEqual({
      files: [],
      refused: [],
    });
    await expect(handler(makeDeps(), IPC_CHANNELS.openFiles)(eventFrom(devFrame))).rejects.toThrow(
      /IPC refused/,
    );
  });
});

describe('openFiles', () => {
  it('asks for several files, offering every importable format first and all files as a fallback', async () => {
    const deps = makeDeps();
    await handler(deps, IPC_CHANNELS.openFiles)(trusted);
    const [owner, options] = vi.mocked(deps.showOpenDialog).mock.calls[0] ?? [];
    expect(owner).toBe(window);
    expect(options?.properties).toEqual(expect.arrayContaining(['openFile', 'multiSelections']));
    expect(options?.filters).toEqual([
      {
        name: 'Articles',
        extensions: ['txt', 'html', 'htm', 'pdf', 'docx', 'md', 'markdown', 'csv', 'jsonl', 'ndjson'],
      },
      { name: 'All files', extensions: ['*'] },
    ]);
  });

  it('returns nothing when the dialog is cancelled', async () => {
    const deps = makeDeps();
    expect(await handler(deps, IPC_CHANNELS.openFiles)(trusted)).toEqual({ files: [], refused: [] });
    expect(deps.readFile).not.toHaveBeenCalled();
  });

  it('reads each chosen file with the cap and reports the refused ones by name', async () => {
    const dir = await fsp.mkdtemp(path.join(tmpdir(), 'spanlight-open-'));
    try {
      await fsp.writeFile(path.join(dir, 'a.txt'), 'alpha');
      await fsp.writeFile(path.join(dir, 'big.txt'), '');
      await fsp.truncate(path.join(dir, 'big.txt'), MAX_OPEN_FILE_BYTES + 1);
      const readFile = vi.fn(readFileCapped);
      const deps = makeDeps({
        readFile,
        showOpenDialog: async () => ({
          canceled: false,
          filePaths: [path.join(dir, 'a.txt'), path.join(dir, 'big.txt'), path.join(dir, 'gone.txt')],
        }),
      });
      const result = (await handler(deps, IPC_CHANNELS.openFiles)(trusted)) as {
        files: { name: string; bytes: Uint8Array }[];
        refused: { name: string; reason: string }[];
      };
      expect(result.files.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([
        ['a.txt', 'alpha'],
      ]);
      expect(result.refused.map((r) => r.name)).toEqual(['big.txt', 'gone.txt']);
      expect(result.refused[0]?.reason).toMatch(
        /^"big\.txt" is 50\.1 MB; Spanlight opens files up to 50 MB$/,
      );
      expect(readFile).toHaveBeenCalledWith(path.join(dir, 'a.txt'), MAX_OPEN_FILE_BYTES);
    } finally {
      await fsp.rm(dir, { recursive: true, force: true });
    }
  });

  it('stops accepting files once a batch gets too large', async () => {
    const chunk = Math.floor(MAX_OPEN_BATCH_BYTES / 2) + 1;
    const deps = makeDeps({
      showOpenDialog: async () => ({
        canceled: false,
        filePaths: ['/d/one.txt', '/d/two.txt', '/d/three.txt'],
      }),
      readFile: async (filePath) =>
        filePath.endsWith('three.txt') ? new Uint8Array(3) : new Uint8Array(chunk),
    });
    const result = (await handler(deps, IPC_CHANNELS.openFiles)(trusted)) as {
      files: { name: string }[];
      refused: { name: string; reason: string }[];
    };
    expect(result.files.map((f) => f.name)).toEqual(['one.txt', 'three.txt']);
    expect(result.refused).toEqual([
      { name: 'two.txt', reason: expect.stringContaining('"two.txt" was not opened') },
    ]);
  });

  it('rejects arguments it does not take', async () => {
    await expect(handler(makeDeps(), IPC_CHANNELS.openFiles)(trusted, '/etc/passwd')).rejects.toThrow(
      'takes no arguments',
    );
  });
});

describe('saveExport', () => {
  it.each([
    ['a missing request', undefined],
    ['a string', 'x'],
    ['a traversal name', { suggestedName: '../x.json', content: '{}' }],
    ['an absolute name', { suggestedName: '/etc/x.json', content: '{}' }],
    ['a backslash name', { suggestedName: '..\\x.json', content: '{}' }],
    ['a hidden name', { suggestedName: '.bashrc', content: '{}' }],
    ['an empty name', { suggestedName: '', content: '{}' }],
    ['non-string content', { suggestedName: 'x.json', content: { documents: [] } }],
    ['missing content', { suggestedName: 'x.json' }],
  ])('rejects %s without opening a dialog', async (_label, request) => {
    const deps = makeDeps();
    await expect(handler(deps, IPC_CHANNELS.saveExport)(trusted, request)).rejects.toThrow(/^saveExport: /);
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('rejects extra arguments', async () => {
    await expect(
      handler(makeDeps(), IPC_CHANNELS.saveExport)(trusted, validRequest, '/tmp/x'),
    ).rejects.toThrow('exactly one');
  });

  it('offers the suggested name and reports a cancel as not saved', async () => {
    const deps = makeDeps();
    expect(await handler(deps, IPC_CHANNELS.saveExport)(trusted, validRequest)).toEqual({ saved: false });
    const [owner, options] = vi.mocked(deps.showSaveDialog).mock.calls[0] ?? [];
    expect(owner).toBe(window);
    expect(options?.defaultPath).toBe('spanlight-library.json');
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  describe('with a real folder', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await fsp.mkdtemp(path.join(tmpdir(), 'spanlight-save-'));
    });
    afterEach(async () => {
      await fsp.rm(dir, { recursive: true, force: true });
    });

    it('writes the chosen file atomically and returns its path', async () => {
      const target = path.join(dir, 'chosen.json');
      const deps = makeDeps({
        showSaveDialog: async () => ({ canceled: false, filePath: target }),
        writeFile: (filePath, content) => writeFileAtomic(filePath, content),
      });
      expect(await handler(deps, IPC_CHANNELS.saveExport)(trusted, validRequest)).toEqual({
        saved: true,
        path: target,
      });
      expect(await fsp.readFile(target, 'utf8')).toBe(validRequest.content);
      expect(await fsp.readdir(dir)).toEqual(['chosen.json']);
    });

    it('reports a failed write as not saved, with the reason, and keeps the old file', async () => {
      const target = path.join(dir, 'chosen.json');
      await fsp.writeFile(target, 'old');
      const enospc = Object.assign(new Error('no space'), { code: 'ENOSPC' });
      const deps = makeDeps({
        showSaveDialog: async () => ({ canceled: false, filePath: target }),
        writeFile: (filePath, content) =>
          writeFileAtomic(filePath, content, {
            open: fsp.open,
            rm: fsp.rm,
            rename: async () => {
              throw enospc;
            },
          }),
      });
      expect(await handler(deps, IPC_CHANNELS.saveExport)(trusted, validRequest)).toEqual({
        saved: false,
        reason: 'Could not save "chosen.json": the disk is full',
      });
      expect(await fsp.readFile(target, 'utf8')).toBe('old');
      expect(await fsp.readdir(dir)).toEqual(['chosen.json']);
    });
  });
});

describe('openExternal', () => {
  it('opens an https URL', async () => {
    const deps = makeDeps();
    expect(await handler(deps, IPC_CHANNELS.openExternal)(trusted, 'https://example.org/a')).toBe(true);
    expect(deps.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/a');
  });

  it.each([
    ['http:', 'http://example.org/'],
    ['file:', 'file:///etc/passwd'],
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: in capitals', 'JAVASCRIPT:alert(1)'],
    ['smb:', 'smb://host/share'],
    ['a UNC-like backslash path', '\\\\host\\share'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['ms-settings:', 'ms-settings:privacy'],
    ['the app itself', 'app://spanlight/index.html'],
    ['credentials posing as the host', 'https://spanlight.app@evil.example/'],
    ['a user name', 'https://user@host/'],
    ['user and password', 'https://user:pw@host/'],
    ['a backslash after the scheme', 'https:\\\\evil.example/'],
    ['a backslash in the path', 'https://example.org\\@evil.example/'],
    ['a newline inside', 'https://exa\nmple.org/'],
    ['a tab inside', 'https://example.org/\t'],
    ['leading spaces', '  https://example.org/'],
    ['a NUL byte', 'https://example.org/\u0000'],
    ['a C1 control character', 'https://example.org/\u0085'],
    ['three slashes', 'https:///path'],
    ['no slashes', 'https:example.org'],
    ['an empty string', ''],
    ['a relative URL', '/index.html'],
    ['an over-long URL', `https://example.org/${'a'.repeat(2100)}`],
  ])('does not open %s (%s)', async (_label, url) => {
    const deps = makeDeps();
    expect(await handler(deps, IPC_CHANNELS.openExternal)(trusted, url)).toBe(false);
    expect(deps.openExternal).not.toHaveBeenCalled();
  });

  it.each([
    // Spanlight trusts no remote host, so a look-alike host is just another web page for the OS browser;
    // what matters is that the URL opened is exactly the one that was checked, never the app's own origin.
    ['a look-alike host', 'https://spanlight.app.evil.example/x', 'https://spanlight.app.evil.example/x'],
    ['a look-alike with the app host', 'https://spanlight/index.html', 'https://spanlight/index.html'],
    ['upper-case scheme and host', 'HTTPS://EXAMPLE.ORG/A', 'https://example.org/A'],
    ['an internationalised host, as punycode', 'https://bücher.example/', 'https://xn--bcher-kva.example/'],
    ['dot segments, resolved', 'https://example.org/a/../b', 'https://example.org/b'],
  ])('opens %s as the parsed URL', async (_label, url, opened) => {
    const deps = makeDeps();
    expect(await handler(deps, IPC_CHANNELS.openExternal)(trusted, url)).toBe(true);
    expect(deps.openExternal).toHaveBeenCalledExactlyOnceWith(opened);
  });

  it('rejects a non-string url', async () => {
    const deps = makeDeps();
    await expect(handler(deps, IPC_CHANNELS.openExternal)(trusted, { href: 'https://x' })).rejects.toThrow(
      'url must be a string',
    );
    expect(deps.openExternal).not.toHaveBeenCalled();
  });

  it('answers false when the OS cannot open it', async () => {
    const deps = makeDeps({ openExternal: async () => Promise.reject(new Error('no handler')) });
    expect(await handler(deps, IPC_CHANNELS.openExternal)(trusted, 'https://example.org/')).toBe(false);
  });
});
