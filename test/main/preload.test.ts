import { describe, expect, it, vi } from 'vitest';
import { createBridge } from '../../src/preload/bridge';
import { IPC_CHANNELS } from '../../src/shared/ipc';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn(), send: vi.fn(), sendSync: vi.fn() },
}));
vi.mock('electron', () => electron);

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc() {
  const listeners = new Map<string, Set<Listener>>();
  const ipc = {
    invoke: vi.fn(async (..._args: unknown[]) => 'answer'),
    on: vi.fn((channel: string, listener: Listener) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      return ipc;
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
      return ipc;
    }),
  };
  const emit = (channel: string, ...args: unknown[]) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'secret' }, ...args);
  };
  return { ipc, emit, count: (channel: string) => listeners.get(channel)?.size ?? 0 };
}

describe('createBridge', () => {
  it('exposes only the contract: platform plus named functions, frozen', () => {
    const bridge = createBridge(fakeIpc().ipc as never);
    expect(Object.keys(bridge).sort()).toEqual(
      [
        'abortExportSave',
        'beginExportSave',
        'finishExportSave',
        'listBackups',
        'onMenuCommand',
        'openExternal',
        'openFiles',
        'platform',
        'readBackup',
        'readSentinel',
        'saveExport',
        'writeBackup',
        'writeExportChunk',
        'writeSentinel',
      ].sort(),
    );
    expect(bridge.platform).toBe('electron');
    for (const [key, value] of Object.entries(bridge)) {
      if (key !== 'platform') expect(typeof value).toBe('function');
    }
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.values(bridge)).not.toContain(electron.ipcRenderer);
  });

  it('calls each fixed channel', async () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc as never);
    await bridge.openFiles();
    await bridge.saveExport({ suggestedName: 'a.json', content: '{}' });
    await bridge.openExternal('https://example.org/');
    const counts = { documents: 1, spans: 2 };
    await bridge.writeBackup({ reason: 'manual', content: '{}', counts });
    await bridge.listBackups();
    await bridge.readBackup('spanlight-2026-12-01T10-00-00-000Z-manual.json');
    await bridge.writeSentinel({ ...counts, lastWriteAt: '2026-12-01T10:00:00.000Z' });
    await bridge.readSentinel();
    expect(ipc.invoke.mock.calls).toEqual([
      [IPC_CHANNELS.openFiles],
      [IPC_CHANNELS.saveExport, { suggestedName: 'a.json', content: '{}' }],
      [IPC_CHANNELS.openExternal, 'https://example.org/'],
      [IPC_CHANNELS.writeBackup, { reason: 'manual', content: '{}', counts }],
      [IPC_CHANNELS.listBackups],
      [IPC_CHANNELS.readBackup, 'spanlight-2026-12-01T10-00-00-000Z-manual.json'],
      [IPC_CHANNELS.writeSentinel, { ...counts, lastWriteAt: '2026-12-01T10:00:00.000Z' }],
      [IPC_CHANNELS.readSentinel],
    ]);
  });

  it('passes only the known fields of a backup request and a sentinel', async () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc as never);
    await bridge.writeBackup({
      reason: 'scheduled',
      content: '{}',
      counts: { documents: 3, spans: 4, path: '/etc' },
      dir: '/tmp',
    } as never);
    await bridge.writeSentinel({ documents: 1, spans: 2, lastWriteAt: 'x', file: '/etc/passwd' } as never);
    expect(ipc.invoke.mock.calls).toEqual([
      [IPC_CHANNELS.writeBackup, { reason: 'scheduled', content: '{}', counts: { documents: 3, spans: 4 } }],
      [IPC_CHANNELS.writeSentinel, { documents: 1, spans: 2, lastWriteAt: 'x' }],
    ]);
  });

  it('does not throw in the page on a missing request: main refuses it', async () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc as never);
    await bridge.writeBackup(undefined as never);
    await bridge.writeSentinel(null as never);
    expect(ipc.invoke.mock.calls).toEqual([
      [
        IPC_CHANNELS.writeBackup,
        { reason: undefined, content: undefined, counts: { documents: undefined, spans: undefined } },
      ],
      [IPC_CHANNELS.writeSentinel, { documents: undefined, spans: undefined, lastWriteAt: undefined }],
    ]);
  });

  it('passes only the known fields of a save request', async () => {
    const { ipc } = fakeIpc();
    const request = { suggestedName: 'a.json', content: '{}', channel: 'other' };
    await createBridge(ipc as never).saveExport(request);
    expect(ipc.invoke).toHaveBeenCalledWith(IPC_CHANNELS.saveExport, {
      suggestedName: 'a.json',
      content: '{}',
    });
  });

  it('forwards known menu commands without the event, and unsubscribes', () => {
    const { ipc, emit, count } = fakeIpc();
    const listener = vi.fn();
    const unsubscribe = createBridge(ipc as never).onMenuCommand(listener);
    emit(IPC_CHANNELS.menuCommand, 'open');
    emit(IPC_CHANNELS.menuCommand, 'export-json');
    emit(IPC_CHANNELS.menuCommand, 'backup-now');
    emit(IPC_CHANNELS.menuCommand, 'restore-backup');
    emit(IPC_CHANNELS.menuCommand, 'format-disk');
    emit(IPC_CHANNELS.menuCommand, { command: 'open' });
    emit('some-other-channel', 'open');
    expect(listener.mock.calls).toEqual([['open'], ['export-json'], ['backup-now'], ['restore-backup']]);

    unsubscribe();
    expect(count(IPC_CHANNELS.menuCommand)).toBe(0);
    emit(IPC_CHANNELS.menuCommand, 'open');
    expect(listener).toHaveBeenCalledTimes(4);
  });

  it('refuses a listener that is not a function', () => {
    expect(() => createBridge(fakeIpc().ipc as never).onMenuCommand('open' as never)).toThrow(TypeError);
  });
});

describe('preload entry', () => {
  it('exposes the bridge as window.spanlight and nothing else', async () => {
    await import('../../src/preload/index');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
    expect(key).toBe('spanlight');
    expect(api.platform).toBe('electron');
    await api.openFiles();
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CHANNELS.openFiles);
  });
});
