import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { crc32 } from '../../../src/core/zip/crc32';
import { type Deflate, ZipWriter } from '../../../src/core/zip/zipWriter';
import { anyText } from '../arbitraries';

/**
 * The streamed zip writer: what it writes is read back by JSZip (CRC-32 checked) and tested by Info-ZIP's
 * `unzip -t` (where installed), entry names and bytes exactly as given, stored or deflated, and with ZIP64 end
 * records past 65,535 entries.
 */
const deflate: Deflate = async (data) => new Uint8Array(deflateRawSync(data));
const hasUnzip = (() => {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const dir = mkdtempSync(path.join(tmpdir(), 'spanlight-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function zipOf(files: ReadonlyArray<[string, string | Uint8Array]>, withDeflate: boolean) {
  const writer = new ZipWriter({
    date: new Date('2026-12-01T10:20:30Z'),
    ...(withDeflate ? { deflate } : {}),
  });
  const parts: Uint8Array[] = [];
  for (const [name, content] of files) parts.push(await writer.file(name, content));
  parts.push(writer.end());
  return Buffer.concat(parts);
}

/** Info-ZIP's own test of every entry's CRC and sizes; its output. */
function unzipTest(bytes: Uint8Array): string {
  const file = path.join(dir, `t-${Math.random().toString(36).slice(2)}.zip`);
  writeFileSync(file, bytes);
  return execFileSync('unzip', ['-t', file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, LC_ALL: 'C.UTF-8' },
  });
}

describe('crc32', () => {
  it('gives the check value of the standard and continues over parts', () => {
    const bytes = new TextEncoder().encode('123456789');
    expect(crc32(bytes)).toBe(0xcbf43926);
    expect(crc32(bytes.subarray(4), crc32(bytes.subarray(0, 4)))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe('ZipWriter', () => {
  const entriesArb = fc.uniqueArray(
    fc.tuple(
      fc
        .array(fc.constantFrom('a', 'z', '0', 'ب', 'ة', 'é', '😀', ' ', '_', '-'), {
          minLength: 1,
          maxLength: 10,
        })
        .map((name) => `folder/${name.join('')}.txt`),
      fc.oneof(anyText({ wellFormed: true }), fc.uint8Array({ maxLength: 300 })),
    ),
    { selector: ([name]) => name, maxLength: 6 },
  );

  for (const withDeflate of [false, true]) {
    it(`${withDeflate ? 'deflated' : 'stored'}: JSZip reads back every name and byte, CRC-32 checked`, async () => {
      await fc.assert(
        fc.asyncProperty(entriesArb, async (files) => {
          const zip = await JSZip.loadAsync(await zipOf(files, withDeflate), { checkCRC32: true });
          const names = Object.keys(zip.files).filter((name) => !zip.files[name]?.dir);
          expect(names.sort()).toEqual(files.map(([name]) => name).sort());
          for (const [name, content] of files) {
            const expected = typeof content === 'string' ? new TextEncoder().encode(content) : content;
            expect(await zip.file(name)?.async('uint8array')).toEqual(expected);
          }
        }),
        { numRuns: 60 },
      );
    });
  }

  it.skipIf(!hasUnzip)(
    'unzip -t finds no error in a stored and a deflated zip (skipped without unzip)',
    async () => {
      const files: Array<[string, string]> = [
        ['corpus/تقرير.txt', '🔴 عاجل\nقسد في الحسكة\n'.repeat(50)],
        ['corpus/تقرير.ann', 'T1\tactor 9 12\tقسد\n'],
        ['corpus/empty.txt', ''],
      ];
      for (const withDeflate of [false, true]) {
        const output = unzipTest(await zipOf(files, withDeflate));
        expect(output).toMatch(/No errors detected/);
        expect(output).toContain('corpus/تقرير.txt');
      }
    },
  );

  it.skipIf(!hasUnzip)(
    'past 65,535 entries it writes ZIP64 end records that unzip reads (skipped without unzip)',
    async () => {
      const files = Array.from({ length: 70_000 }, (_, i): [string, string] => [
        `d/${i}.ann`,
        i % 7 ? '' : `T${i}`,
      ]);
      const bytes = await zipOf(files, false);
      // The ZIP64 end of central directory record and its locator are there, and the plain end record defers to them.
      expect(bytes.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true);
      expect(bytes.readUInt16LE(bytes.length - 22 + 10)).toBe(0xffff);
      const output = unzipTest(bytes);
      expect(output).toMatch(/No errors detected in compressed data of .*\.zip\./);
      expect(output.match(/OK$/gm)).toHaveLength(70_000);
    },
  );

  it('refuses two entries with the same name', async () => {
    const writer = new ZipWriter();
    await writer.file('a.txt', 'x');
    await expect(writer.file('a.txt', 'y')).rejects.toThrow(/two entries named a\.txt/);
  });
});
