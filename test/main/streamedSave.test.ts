import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, MAX_EXPORT_CHUNK, MAX_OPEN_EXPORT_SAVES } from '../../src/shared/ipc';
import { eventFrom, fakeFrame, fakeWindow } from './fakes';

// The streamed, atomic save of large exports (src/main/streamedSave.ts), on a real temp folder, with the
// stubbed electron: chunks land in order in a temp file beside the target, finish renames it over the target,
// cancel and failures leave no file behind, and the handlers check the sender and every argument.

vi.mock('electron', () => ({ ipcMain: { handle: vi.fn() } }));

const { createStreamedSaves, createStreamedSaveHandlers } = await import('../../src/main/streamedSave');
const { isAppUrl } = await import('../../src/main/origin');

const mainFrame = fakeFrame('app://spanlight/index.html');
const window = fakeWindow(mainFrame);
const trusted = eventFrom(mainFrame);

let dir: string;
beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(tmpdir(), 'spanlight-streamed-'));
});
afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

const chooses = (filePath: string | null) =>
  vi.fn(async () => (filePath ? { canceled: false, filePath } : { canceled: true, filePath: '' }));

async function begin(saves: ReturnType<typeof createStreamedSaves>): Promise<string> {
  const started = await saves.begin(window, 'spanlight-library.json');
  if (!started.ok) throw new Error('not started');
  return started.saveId;
}

describe('createStreamedSaves', () => {
  it('writes the chunks in order to a temp file and renames it over the target only at the end', async () => {
    const target = path.join(dir, 'export.json');
    await fsp.writeFile(target, 'the old export');
    const saves = createStreamedSaves({ showSaveDialog: chooses(target) });
    const started = await saves.begin(window, 'spanlight-library.json');
    expect(started).toMatchObject({ ok: true, path: target });
    const saveId = (started as { saveId: string }).saveId;
    expect(saveId).toMatch(/^[0-9a-f]{32}$/);
    // Sent without waiting, as a renderer may: they still land in order. Text is UTF-8; bytes go as they are.
    const writes = ['{"a":', '"قتل 😀"', new TextEncoder().encode(',"b":1}')].map((chunk) =>
      saves.write(saveId, chunk),
    );
    expect(await Promise.all(writes)).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    // Until finish, the target still holds the old export and the new bytes sit in a hidden temp file beside it.
    expect(await fsp.readFile(target, 'utf8')).toBe('the old export');
    const [temp] = (await fsp.readdir(dir)).filter((name) => name.endsWith('.spanlight-tmp'));
    expect(temp).toMatch(/^\.export\.json\.[0-9a-f]+\.spanlight-tmp$/);
    expect(await saves.finish(saveId)).toEqual({ saved: true, path: target });
    expect(await fsp.readFile(target, 'utf8')).toBe('{"a":"قتل 😀","b":1}');
    expect(await fsp.readdir(dir)).toEqual(['export.json']);
    expect(saves.openIds()).toEqual([]);
    // A finished save takes nothing more.
    expect(await saves.write(saveId, 'x')).toEqual({ ok: false, reason: expect.any(String) });
  });

  it('a cancelled export removes its temp file and leaves the target as it was', async () => {
    const target = path.join(dir, 'export.json');
    await fsp.writeFile(target, 'the old export');
    const saves = createStreamedSaves({ showSaveDialog: chooses(target) });
    const saveId = await begin(saves);
    await saves.write(saveId, '{"documents":[');
    await saves.abort(saveId);
    expect(await fsp.readdir(dir)).toEqual(['export.json']);
    expect(await fsp.readFile(target, 'utf8')).toBe('the old export');
    expect(await saves.finish(saveId)).toMatchObject({ saved: false });
  });

  it('cancelling the Save dialog opens nothing', async () => {
    const saves = createStreamedSaves({ showSaveDialog: chooses(null) });
    expect(await saves.begin(window, 'x.json')).toEqual({ ok: false, canceled: true });
    expect(await fsp.readdir(dir)).toEqual([]);
  });

  it('a full disk mid-export says so, removes the temp file and keeps the old target', async () => {
    const target = path.join(dir, 'export.json');
    await fsp.writeFile(target, 'the old export');
    let writes = 0;
    const fs = {
      open: (async (...args: Parameters<typeof fsp.open>) => {
        const handle = await fsp.open(...args);
        const write = handle.write.bind(handle) as (...a: unknown[]) => Promise<unknown>;
        (handle as unknown as { write: typeof write }).write = async (...a: unknown[]) => {
          if (++writes === 2) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
          return write(...a);
        };
        return handle;
      }) as typeof fsp.open,
      rename: fsp.rename,
      rm: fsp.rm,
    };
    const saves = createStreamedSaves({ showSaveDialog: chooses(target), fs });
    const saveId = await begin(saves);
    expect(await saves.write(saveId, 'one')).toEqual({ ok: true });
    expect(await saves.write(saveId, 'two')).toEqual({
      ok: false,
      reason: 'Could not save "export.json": the disk is full',
    });
    expect(await fsp.readdir(dir)).toEqual(['export.json']);
    expect(await fsp.readFile(target, 'utf8')).toBe('the old export');
    expect(saves.openIds()).toEqual([]);
  });

  it('keeps at most MAX_OPEN_EXPORT_SAVES open: a stray one is removed when another starts', async () => {
    const saves = createStreamedSaves({ showSaveDialog: chooses(path.join(dir, 'e.json')) });
    const first = await begin(saves);
    for (let n = 1; n < MAX_OPEN_EXPORT_SAVES; n++) await begin(saves);
    expect(saves.openIds()).toHaveLength(MAX_OPEN_EXPORT_SAVES);
    await begin(saves);
    expect(saves.openIds()).toHaveLength(MAX_OPEN_EXPORT_SAVES);
    expect(saves.openIds()).not.toContain(first);
    expect((await fsp.readdir(dir)).length).toBe(MAX_OPEN_EXPORT_SAVES);
    await saves.abortAll();
    expect(await fsp.readdir(dir)).toEqual([]);
  });
});

describe('createStreamedSaveHandlers', () => {
  const target = () => path.join(dir, 'export.jsonl');
  const setUp = () => {
    const streamedSaves = createStreamedSaves({ showSaveDialog: chooses(target()) });
    const handlers = createStreamedSaveHandlers({
      getMainWindow: () => window,
      isAppUrl: (url) => isAppUrl(url, undefined),
      streamedSaves,
    });
    const call = (channel: string, ...args: unknown[]) => {
      const handler = handlers[channel];
      if (!handler) throw new Error(`no handler for ${channel}`);
      return handler(trusted, ...args);
    };
    return { streamedSaves, call };
  };

  it('runs a whole save through the channels', async () => {
    const { call } = setUp();
    const started = (await call(IPC_CHANNELS.beginExportSave, { suggestedName: 'a.jsonl' })) as {
      saveId: string;
    };
    await call(IPC_CHANNELS.writeExportChunk, started.saveId, '{"text":"x"}\n');
    expect(await call(IPC_CHANNELS.finishExportSave, started.saveId)).toEqual({
      saved: true,
      path: target(),
    });
    expect(await fsp.readFile(target(), 'utf8')).toBe('{"text":"x"}\n');
  });

  it('refuses malformed arguments before touching any file', async () => {
    const { call, streamedSaves } = setUp();
    const id = '0123456789abcdef0123456789abcdef';
    const refused: Array<[string, unknown[]]> = [
      [IPC_CHANNELS.beginExportSave, [{ suggestedName: '../../etc/passwd' }]],
      [IPC_CHANNELS.beginExportSave, [{ suggestedName: '.hidden' }]],
      [IPC_CHANNELS.beginExportSave, [null]],
      [IPC_CHANNELS.beginExportSave, [{ suggestedName: 'a.json' }, '/tmp/elsewhere']],
      [IPC_CHANNELS.writeExportChunk, ['../x', 'chunk']],
      [IPC_CHANNELS.writeExportChunk, [id, { path: '/etc' }]],
      [IPC_CHANNELS.writeExportChunk, [id, 'x'.repeat(MAX_EXPORT_CHUNK + 1)]],
      [IPC_CHANNELS.writeExportChunk, [id]],
      [IPC_CHANNELS.finishExportSave, [42]],
      [IPC_CHANNELS.finishExportSave, [id, 'extra']],
      [IPC_CHANNELS.abortExportSave, ['ABC']],
    ];
    for (const [channel, args] of refused) {
      await expect(call(channel, ...args), `${channel} ${JSON.stringify(args).slice(0, 60)}`).rejects.toThrow(
        TypeError,
      );
    }
    expect(streamedSaves.openIds()).toEqual([]);
    expect(await fsp.readdir(dir)).toEqual([]);
  });

  it('an unknown (well-formed) save id is answered, not written', async () => {
    const { call } = setUp();
    const id = 'ffffffffffffffffffffffffffffffff';
    expect(await call(IPC_CHANNELS.writeExportChunk, id, 'x')).toMatchObject({ ok: false });
    expect(await call(IPC_CHANNELS.finishExportSave, id)).toMatchObject({ saved: false });
    expect(await fsp.readdir(dir)).toEqual([]);
  });
});
