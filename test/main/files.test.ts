import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AtomicWriteFs, formatMegabytes, readFileCapped, writeFileAtomic } from '../../src/main/files';

let dir: string;
beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(tmpdir(), 'spanlight-files-'));
});
afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

const MB = 1024 * 1024;

function failingWith(code: string, at: 'write' | 'rename'): AtomicWriteFs {
  const fail = () => Object.assign(new Error(`${code}: simulated`), { code });
  return {
    open: (async (...args: Parameters<typeof fsp.open>) => {
      const handle = await fsp.open(...args);
      if (at !== 'write' || args[1] !== 'wx') return handle;
      // Writes half the content, then the disk "fills up".
      return Object.assign(Object.create(handle), {
        writeFile: async (content: string) => {
          await handle.write(content.slice(0, content.length / 2));
          throw fail();
        },
        close: () => handle.close(),
      });
    }) as typeof fsp.open,
    rename: (async (...args: Parameters<typeof fsp.rename>) => {
      if (at === 'rename') throw fail();
      return fsp.rename(...args);
    }) as typeof fsp.rename,
    rm: fsp.rm,
  };
}

describe('formatMegabytes', () => {
  it('rounds up so an over-cap size never reads as the cap', () => {
    expect(formatMegabytes(60 * MB)).toBe('60 MB');
    expect(formatMegabytes(50 * MB + 1)).toBe('50.1 MB');
    expect(formatMegabytes(1)).toBe('0.1 MB');
  });
});

describe('readFileCapped', () => {
  it('reads a file within the cap into a buffer of exactly its size', async () => {
    const file = path.join(dir, 'article.txt');
    await fsp.writeFile(file, 'مرحبا hello');
    const bytes = await readFileCapped(file, 1024);
    expect(new TextDecoder().decode(bytes)).toBe('مرحبا hello');
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
  });

  it('reads a file of exactly the cap', async () => {
    const file = path.join(dir, 'exact.txt');
    await fsp.writeFile(file, 'x'.repeat(100));
    expect((await readFileCapped(file, 100)).byteLength).toBe(100);
  });

  it('refuses an oversized file before reading it, naming it and both sizes', async () => {
    const file = path.join(dir, 'big.txt');
    await fsp.writeFile(file, '');
    await fsp.truncate(file, 60 * MB); // sparse: no 60 MB actually written
    await expect(readFileCapped(file, 50 * MB)).rejects.toThrow(
      '"big.txt" is 60 MB; Spanlight opens files up to 50 MB',
    );
  });

  it('names a missing file', async () => {
    await expect(readFileCapped(path.join(dir, 'gone.txt'), 100)).rejects.toThrow(
      '"gone.txt" no longer exists',
    );
  });

  it('refuses a folder', async () => {
    await fsp.mkdir(path.join(dir, 'notes.txt'));
    await expect(readFileCapped(path.join(dir, 'notes.txt'), 100)).rejects.toThrow('"notes.txt" is a folder');
  });
});

describe('writeFileAtomic', () => {
  it('writes the content and leaves no temp file behind', async () => {
    const target = path.join(dir, 'export.json');
    await writeFileAtomic(target, '{"ok":true}');
    expect(await fsp.readFile(target, 'utf8')).toBe('{"ok":true}');
    expect(await fsp.readdir(dir)).toEqual(['export.json']);
  });

  it('replaces an existing file completely', async () => {
    const target = path.join(dir, 'export.json');
    await fsp.writeFile(target, 'x'.repeat(1000));
    await writeFileAtomic(target, '[]');
    expect(await fsp.readFile(target, 'utf8')).toBe('[]');
    expect(await fsp.readdir(dir)).toEqual(['export.json']);
  });

  it.each(['write', 'rename'] as const)(
    'leaves the old file untouched and cleans up when the %s fails with a full disk',
    async (at) => {
      const target = path.join(dir, 'export.json');
      await fsp.writeFile(target, 'previous export');
      await expect(
        writeFileAtomic(target, 'new export '.repeat(100), failingWith('ENOSPC', at)),
      ).rejects.toThrow('Could not save "export.json": the disk is full');
      expect(await fsp.readFile(target, 'utf8')).toBe('previous export');
      expect(await fsp.readdir(dir)).toEqual(['export.json']);
    },
  );

  it('says when writing there is not allowed', async () => {
    const target = path.join(dir, 'export.json');
    await expect(writeFileAtomic(target, '{}', failingWith('EACCES', 'rename'))).rejects.toThrow(
      'Could not save "export.json": Spanlight is not allowed to write there',
    );
    expect(await fsp.readdir(dir)).toEqual([]);
  });

  it('names the file when its folder does not exist', async () => {
    await expect(writeFileAtomic(path.join(dir, 'nope', 'x.json'), '{}')).rejects.toThrow(
      'Could not save "x.json": the folder no longer exists',
    );
  });
});
