import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type MenuCommand } from '../../src/shared/ipc';

const electron = vi.hoisted(() => ({
  Menu: {
    buildFromTemplate: vi.fn((template: unknown) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

const { buildMenuTemplate, installMenu } = await import('../../src/main/menu');

type Item = MenuItemConstructorOptions;
const submenu = (menu: Item | undefined): Item[] => (Array.isArray(menu?.submenu) ? menu.submenu : []);
const topLevel = (template: Item[], label: string) => template.find((item) => item.label === label);
const byLabel = (items: Item[], label: string) => items.find((item) => item.label === label);

function clickItem(item: Item | undefined) {
  if (!item?.click) throw new Error('item has no click');
  (item.click as () => void)();
}

describe('buildMenuTemplate (Windows/Linux)', () => {
  const send = vi.fn<(command: MenuCommand) => void>();
  const template = buildMenuTemplate(send, { isMac: false, isPackaged: true });
  const file = submenu(topLevel(template, 'File'));

  it('has File, Edit, View and Window menus in that order', () => {
    expect(template.map((item) => item.label ?? item.role)).toEqual(['File', 'Edit', 'View', 'windowMenu']);
  });

  it.each([
    ['Open…', 'CmdOrCtrl+O', 'open'],
    ['Export JSON…', 'CmdOrCtrl+E', 'export-json'],
    ['Back up now', undefined, 'backup-now'],
    ['Restore from backup…', undefined, 'restore-backup'],
  ] as const)('File › %s (%s) sends %s', (label, accelerator, command) => {
    send.mockClear();
    const item = byLabel(file, label);
    expect(item?.accelerator).toBe(accelerator);
    clickItem(item);
    expect(send).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('groups the backup items between separators, after Export', () => {
    const labels = file.map((item) => item.label ?? item.type ?? item.role);
    expect(labels).toEqual([
      'Open…',
      'Export JSON…',
      'separator',
      'Back up now',
      'Restore from backup…',
      'separator',
      'quit',
    ]);
  });

  it('ends File with a separator and Quit', () => {
    expect(file.slice(-2)).toEqual([{ type: 'separator' }, { role: 'quit' }]);
  });

  it('offers the standard edit roles', () => {
    const roles = submenu(topLevel(template, 'Edit')).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
  });

  it('offers zoom and full screen but no developer tools when packaged', () => {
    const roles = submenu(topLevel(template, 'View')).map((item) => item.role);
    expect(roles).toEqual(
      expect.arrayContaining(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']),
    );
    expect(roles).not.toContain('toggleDevTools');
  });

  it('offers developer tools in an unpackaged build', () => {
    const dev = buildMenuTemplate(send, { isMac: false, isPackaged: false });
    expect(submenu(topLevel(dev, 'View')).map((item) => item.role)).toContain('toggleDevTools');
  });
});

describe('buildMenuTemplate (macOS)', () => {
  const template = buildMenuTemplate(vi.fn(), { isMac: true, isPackaged: true });

  it('starts with the app menu, which holds Quit, and closes the window from File', () => {
    expect(template[0]).toEqual({ role: 'appMenu' });
    const fileRoles = submenu(topLevel(template, 'File')).map((item) => item.role);
    expect(fileRoles).toContain('close');
    expect(fileRoles).not.toContain('quit');
  });
});

describe('installMenu', () => {
  it('delivers menu commands to the main window on the menu channel', () => {
    const send = vi.fn();
    const window = { isDestroyed: () => false, webContents: { send } };
    installMenu(() => window as never, { isMac: false, isPackaged: true });
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    const template = electron.Menu.buildFromTemplate.mock.calls[0]?.[0] as Item[];
    clickItem(byLabel(submenu(topLevel(template, 'File')), 'Export JSON…'));
    expect(send).toHaveBeenCalledExactlyOnceWith(IPC_CHANNELS.menuCommand, 'export-json');
  });

  it('does nothing when there is no window', () => {
    electron.Menu.buildFromTemplate.mockClear();
    installMenu(() => null, { isMac: false, isPackaged: true });
    const template = electron.Menu.buildFromTemplate.mock.calls[0]?.[0] as Item[];
    expect(() => clickItem(byLabel(submenu(topLevel(template, 'File')), 'Open…'))).not.toThrow();
  });
});
