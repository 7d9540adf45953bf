import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../electron/electronBinary';

let root: string;
const pkg = () => path.join(root, 'node_modules', 'electron');
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'spanlight-electron-bin-'));
  await mkdir(pkg(), { recursive: true });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('findElectronBinary', () => {
  it('is null when the binary was never downloaded (no path.txt)', () => {
    expect(findElectronBinary(root, {})).toBeNull();
  });

  it('is null when path.txt names a file that is not there', async () => {
    await writeFile(path.join(pkg(), 'path.txt'), 'electron');
    expect(findElectronBinary(root, {})).toBeNull();
  });

  it('finds dist/<path.txt>', async () => {
    await writeFile(path.join(pkg(), 'path.txt'), 'electron\n');
    await mkdir(path.join(pkg(), 'dist'));
    await writeFile(path.join(pkg(), 'dist', 'electron'), '');
    expect(findElectronBinary(root, {})).toBe(path.join(pkg(), 'dist', 'electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', async () => {
    const dist = path.join(root, 'custom');
    await mkdir(dist);
    await writeFile(path.join(dist, 'electron'), '');
    await writeFile(path.join(pkg(), 'path.txt'), 'electron');
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: dist })).toBe(path.join(dist, 'electron'));
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: path.join(root, 'absent') })).toBeNull();
  });
});
