import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// electron-builder's config loader takes seconds on a loaded 2-core machine: the default 5 s is too tight.
vi.setConfig({ testTimeout: 60_000 });

/**
 * electron-builder.yml, checked the way electron-builder itself reads and checks it: its own loader
 * (app-builder-lib's getConfig) and its own JSON-schema validation (validateConfiguration), then what
 * Spanlight requires of it. No installer can be built here (Electron's binary cannot be downloaded on this
 * machine), so this is the test that a configuration mistake fails before a release machine finds it.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(path.join(root, 'package.json'));

type Config = Record<string, unknown> & {
  appId?: string;
  productName?: string;
  icon?: string;
  files?: Array<string | { filter?: string[] }>;
  electronFuses?: Record<string, boolean>;
  directories?: { output?: string; buildResources?: string };
  extraMetadata?: Record<string, unknown>;
  linux?: { target?: unknown; icon?: string; maintainer?: string };
  mac?: {
    target?: unknown;
    icon?: string;
    hardenedRuntime?: boolean;
    entitlements?: string;
    entitlementsInherit?: string;
    notarize?: boolean;
  };
  win?: { target?: unknown; icon?: string };
  nsis?: Record<string, unknown>;
  publish?: unknown;
};

interface ConfigModule {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: unknown): Promise<Config>;
  validateConfiguration(config: unknown, debugLogger: unknown): Promise<void>;
}
interface FileMatcherModule {
  FileMatcher: new (
    from: string,
    to: string,
    macroExpander: (s: string) => string,
    patterns: string[],
  ) => { createFilter(): (file: string, stat: { isDirectory(): boolean }) => boolean };
}

const configModule = require('app-builder-lib/out/util/config/config.js') as ConfigModule;
const { FileMatcher } = require('app-builder-lib/out/fileMatcher.js') as FileMatcherModule;
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

let config: Config;
beforeAll(async () => {
  config = await configModule.getConfig(root, null, null);
});

const targetNames = (target: unknown): string[] =>
  (Array.isArray(target) ? target : [target]).map((t) =>
    typeof t === 'string' ? t : String((t as { target?: string }).target),
  );

describe('electron-builder configuration', () => {
  it('is found by electron-builder in electron-builder.yml and passes its schema', async () => {
    expect(existsSync(path.join(root, 'electron-builder.yml'))).toBe(true);
    expect(pkg.build).toBeUndefined(); // one source of truth: a "build" field would take precedence
    await expect(configModule.validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('would catch a mistyped option (the schema check is not a no-op)', async () => {
    const typo = { ...config, electronFuses: { ...config.electronFuses, runAsnode: false } };
    await expect(configModule.validateConfiguration(typo, new DebugLogger(false))).rejects.toThrow(
      /Invalid configuration object/,
    );
  });

  it('names the product Spanlight with a reverse-DNS app id', () => {
    expect(config.productName).toBe('Spanlight');
    expect(config.appId).toMatch(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*){2,}$/);
  });

  it('takes the version from package.json and nowhere else', () => {
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(config).not.toHaveProperty('buildVersion');
    expect(config.extraMetadata ?? {}).not.toHaveProperty('version');
    expect(pkg.main).toBe('./out/main/index.js');
  });

  it.each([
    ['runAsNode', false],
    ['enableNodeCliInspectArguments', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['onlyLoadAppFromAsar', true],
    ['enableCookieEncryption', true],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['grantFileProtocolExtraPrivileges', false],
  ] as const)('sets the Electron fuse %s to %s', (fuse, value) => {
    expect(config.electronFuses?.[fuse]).toBe(value);
  });

  it('packs into an asar archive (OnlyLoadAppFromAsar needs one) and publishes nowhere', () => {
    expect(config.asar).not.toBe(false);
    expect(config.publish).toBeNull();
  });

  it('builds an AppImage and a .deb for Linux, with the maintainer .deb requires', () => {
    expect(targetNames(config.linux?.target).sort()).toEqual(['AppImage', 'deb']);
    expect(config.linux?.maintainer).toBeTruthy();
    expect(config.extraMetadata?.homepage ?? pkg.homepage).toMatch(/^https:\/\//);
  });

  it('builds a hardened-runtime .dmg for macOS with entitlements that exist and notarization hooked', () => {
    expect(targetNames(config.mac?.target)).toEqual(['dmg']);
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.mac?.notarize).toBe(true);
    for (const file of [config.mac?.entitlements, config.mac?.entitlementsInherit]) {
      expect(file).toBeDefined();
      const plist = readFileSync(path.join(root, String(file)), 'utf8');
      expect(plist).toContain('<key>com.apple.security.cs.allow-jit</key>');
      // Nothing beyond what Electron needs: no device, network-server or library-validation exemptions.
      expect(plist).not.toMatch(/com\.apple\.security\.(device|personal-information|network\.server)/);
      expect(plist).not.toContain('disable-library-validation');
    }
  });

  it('builds an NSIS installer for Windows that asks where to install', () => {
    expect(targetNames(config.win?.target)).toEqual(['nsis']);
    expect(config.nsis?.oneClick).toBe(false);
  });

  it('uses resources/icon.png, a 512×512 PNG, on every platform', () => {
    for (const icon of [config.icon, config.linux?.icon, config.mac?.icon, config.win?.icon]) {
      expect(icon).toBe('resources/icon.png');
    }
    const png = readFileSync(path.join(root, 'resources', 'icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('writes installers to dist/, which git ignores', () => {
    expect(config.directories?.output).toBe('dist');
    expect(readFileSync(path.join(root, '.gitignore'), 'utf8')).toMatch(/^dist\/$/m);
  });
});

describe('files packed into the app', () => {
  const patterns = () =>
    (config.files ?? []).flatMap((entry) => (typeof entry === 'string' ? [entry] : (entry.filter ?? [])));
  /** electron-builder's own matcher, as it applies `files` to the project folder. */
  const included = (relative: string) =>
    new FileMatcher(root, '/app', (s) => s, patterns()).createFilter()(path.join(root, relative), {
      isDirectory: () => false,
    });

  it.each([
    'out/main/index.js',
    'out/preload/index.js',
    'out/renderer/index.html',
    'out/renderer/assets/index-abc123.js',
    'resources/icon.png',
    'resources/sample-article.txt',
    'resources/spanlight-dataset.schema.json',
  ])('includes %s', (file) => {
    expect(included(file)).toBe(true);
  });

  it.each([
    'src/main/index.ts',
    'src/renderer/index.html',
    'test/main/backups.test.ts',
    'bench/run.mjs',
    'scripts/electronegativity.mjs',
    'docs/security.md',
    'node_modules/react/index.js',
    'node_modules/electron-builder/package.json',
    'out/renderer/assets/index-abc123.js.map',
    'electron-builder.yml',
    '.ci/run',
    'tsconfig.json',
    'test-results/vitest.json',
  ])('excludes %s', (file) => {
    expect(included(file)).toBe(false);
  });

  it('excludes every file under src/, test/, bench/ and scripts/ as they are today', () => {
    for (const folder of ['src', 'test', 'bench', 'scripts']) {
      const dir = path.join(root, folder);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]) {
        expect(included(path.join(folder, name)), `${folder}/${name}`).toBe(false);
      }
    }
  });
});

/**
 * The real electron-builder, packing this project for Linux ("dir" target: the unpacked app, no installer
 * tools needed) against a stand-in for the Electron binary: a small file holding the fuse wire that
 * @electron/fuses looks for, set to Electron's defaults. This exercises electron-builder's own file selection,
 * asar packing and fuse flipping; only the binary itself is fake. Skipped, saying so, when out/ is not built.
 */
describe('electron-builder packing with a stand-in Electron binary', { timeout: 180_000 }, () => {
  const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
  // FuseV1Options order; '1' enabled, '0' disabled: Electron's defaults.
  const DEFAULT_WIRE = '10110001';
  const FUSES = [
    'RunAsNode',
    'EnableCookieEncryption',
    'EnableNodeOptionsEnvironmentVariable',
    'EnableNodeCliInspectArguments',
    'EnableEmbeddedAsarIntegrityValidation',
    'OnlyLoadAppFromAsar',
    'LoadBrowserProcessSpecificV8Snapshot',
    'GrantFileProtocolExtraPrivileges',
  ];
  let work: string;
  let built: { status: number | null; log: string } | null = null;

  beforeAll(async () => {
    if (!existsSync(path.join(root, 'out', 'main', 'index.js'))) return;
    work = await fsp.mkdtemp(path.join(tmpdir(), 'spanlight-pack-'));
    const dist = path.join(work, 'electron-dist');
    await fsp.mkdir(dist);
    await fsp.writeFile(
      path.join(dist, 'electron'),
      Buffer.concat([
        Buffer.from('#!/bin/sh\nexit 0\n'),
        Buffer.from(SENTINEL),
        Buffer.from([1, DEFAULT_WIRE.length]),
        Buffer.from(DEFAULT_WIRE),
        Buffer.from('\n'),
      ]),
      { mode: 0o755 },
    );
    for (const file of ['LICENSE', 'LICENSES.chromium.html', 'version']) {
      await fsp.writeFile(path.join(dist, file), file === 'version' ? '45.5.0' : '');
    }
    const args = [
      require.resolve('electron-builder/cli.js'),
      '--linux',
      'dir',
      '--publish',
      'never',
      `-c.electronDist=${dist}`,
      '-c.electronVersion=45.5.0',
      `-c.directories.output=${path.join(work, 'out')}`,
    ];
    built = await new Promise((resolve) => {
      const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, CI: 'true' } });
      let log = '';
      child.stdout.on('data', (chunk) => {
        log += chunk;
      });
      child.stderr.on('data', (chunk) => {
        log += chunk;
      });
      const timer = setTimeout(() => child.kill(), 170_000);
      child.on('close', (status) => {
        clearTimeout(timer);
        resolve({ status, log });
      });
    });
  }, 180_000);
  afterAll(async () => {
    if (work) await fsp.rm(work, { recursive: true, force: true });
  });

  function requireBuilt(context: { skip: (note?: string) => void }) {
    if (!built) {
      console.warn('skipped: out/ is not built; run `npx electron-vite build` first');
      context.skip('out/ is not built');
    }
    expect(built?.log).not.toMatch(/⨯/);
    expect(built?.status).toBe(0);
    return path.join(work, 'out', 'linux-unpacked');
  }

  it('packs only out/, resources/ and package.json into app.asar', (context) => {
    const appDir = requireBuilt(context);
    const asar = require('@electron/asar') as { listPackage(file: string): string[] };
    const files = asar.listPackage(path.join(appDir, 'resources', 'app.asar'));
    const tops = new Set(files.map((file) => file.split(/[\\/]/)[1]));
    expect([...tops].sort()).toEqual(['out', 'package.json', 'resources']);
    const posix = files.map((file) => file.replace(/\\/g, '/'));
    expect(posix).toEqual(
      expect.arrayContaining(['/out/main/index.js', '/out/preload/index.js', '/out/renderer/index.html']),
    );
    expect(posix).toContain('/resources/icon.png');
    expect(posix.filter((file) => file.endsWith('.map'))).toEqual([]);
    // Nothing but the app itself sits beside the archive: no unpacked sources or modules.
    expect(readdirSync(path.join(appDir, 'resources'))).toEqual(['app.asar']);
  });

  it('flips the fuses of the binary it ships as electron-builder.yml says', async (context) => {
    const appDir = requireBuilt(context);
    const binary = await fsp.readFile(path.join(appDir, 'spanlight'));
    const at = binary.indexOf(SENTINEL) + SENTINEL.length;
    const wire = binary.subarray(at + 2, at + 2 + DEFAULT_WIRE.length).toString('latin1');
    const state = Object.fromEntries(FUSES.map((name, i) => [name, wire[i] === '1']));
    expect(state).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
    });
  });
});
