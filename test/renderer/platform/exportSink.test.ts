import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  blobExportSink,
  electronExportSink,
  piecesOf,
  savingExportSink,
} from '../../../src/renderer/platform/exportSink';
import type { SpanlightBridge } from '../../../src/shared/ipc';

// Where streamed exports go: in Electron, chunks to main through the bridge (cut to the size main accepts, never
// inside a surrogate pair), finish or abort; in browser mode, Blob parts that become one download.

function fakeBridge(overrides: Partial<SpanlightBridge> = {}) {
  const written: Array<string | Uint8Array> = [];
  const bridge = {
    beginExportSave: vi.fn(async () => ({
      ok: true as const,
      saveId: 'a'.repeat(32),
      path: '/x/export.json',
    })),
    writeExportChunk: vi.fn(async (_id: string, chunk: string | Uint8Array) => {
      written.push(chunk);
      return { ok: true as const };
    }),
    finishExportSave: vi.fn(async () => ({ saved: true as const, path: '/x/export.json' })),
    abortExportSave: vi.fn(async () => {}),
    ...overrides,
  } as unknown as SpanlightBridge;
  return { bridge, written };
}

describe('piecesOf', () => {
  it('cuts into pieces of at most max units that join back, never between the halves of a pair', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        fc.integer({ min: 2, max: 9 }),
        (text, max) => {
          const pieces = piecesOf(text, max);
          expect(pieces.join('')).toBe(text);
          for (const piece of pieces) {
            expect(piece.length).toBeLessThanOrEqual(max);
            if (text) expect(piece.length).toBeGreaterThan(0);
            // No lone surrogate at either end: the pair was not cut.
            expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(piece)).toBe(false);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('electronExportSink', () => {
  it('asks where first, sends each chunk in order, then finishes', async () => {
    const { bridge, written } = fakeBridge();
    const sink = await electronExportSink(bridge, 'spanlight-library.json');
    expect(bridge.beginExportSave).toHaveBeenCalledWith({ suggestedName: 'spanlight-library.json' });
    await sink?.write('{"a":');
    await sink?.write('1}');
    expect(await sink?.finish()).toBe('Saved /x/export.json');
    expect(written).toEqual(['{"a":', '1}']);
  });

  it('sends bytes (a zip) as bytes, unchanged', async () => {
    const { bridge, written } = fakeBridge();
    const sink = await electronExportSink(bridge, 'spanlight-library.zip');
    await sink?.write(new Uint8Array([0x50, 0x4b, 3, 4]));
    await sink?.write(new Uint8Array([0xff, 0]));
    expect(written).toEqual([new Uint8Array([0x50, 0x4b, 3, 4]), new Uint8Array([0xff, 0])]);
  });

  it('is null when the Save dialog is cancelled, and reports a failed write or finish', async () => {
    expect(
      await electronExportSink(
        fakeBridge({ beginExportSave: vi.fn(async () => ({ ok: false as const, canceled: true as const })) })
          .bridge,
        'x.json',
      ),
    ).toBeNull();
    const failing = fakeBridge({
      writeExportChunk: vi.fn(async () => ({
        ok: false as const,
        reason: 'Could not save "x.json": the disk is full',
      })),
    });
    const sink = await electronExportSink(failing.bridge, 'x.json');
    await expect(sink?.write('x')).rejects.toThrow(/disk is full/);
    await sink?.abort();
    expect(failing.bridge.abortExportSave).toHaveBeenCalledWith('a'.repeat(32));
  });
});

describe('savingExportSink', () => {
  it('saves text chunks joined as UTF-8, and byte chunks as one base64 file', async () => {
    const saved: string[] = [];
    const save = async (name: string, content: string, encoding: string) => {
      saved.push(`${name} ${encoding} ${content}`);
      return 'saved';
    };
    const text = savingExportSink(save, 'a.json');
    await text.write('[');
    await text.write('"😀"]');
    await text.finish();
    const bytes = savingExportSink(save, 'a.zip');
    await bytes.write(new Uint8Array([0x50, 0x4b]));
    await bytes.write(new Uint8Array([0xff]));
    await bytes.finish();
    expect(saved).toEqual(['a.json utf8 ["😀"]', `a.zip base64 ${btoa('PK\xff')}`]);
  });
});

describe('blobExportSink', () => {
  it('downloads one file made of the chunks', async () => {
    const clicked: Array<{ download: string; text: Promise<string> }> = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ download: this.download, text: fetch(this.href).then((response) => response.text()) });
    });
    try {
      const sink = blobExportSink('spanlight-library.json');
      await sink.write('{"documents":[');
      await sink.write('"قتل 😀"');
      await sink.write(']}\n');
      expect(await sink.finish()).toBe('Downloaded spanlight-library.json');
      expect(clicked.map((entry) => entry.download)).toEqual(['spanlight-library.json']);
      expect(await clicked[0]?.text).toBe('{"documents":["قتل 😀"]}\n');
    } finally {
      click.mockRestore();
    }
  });

  it('downloads bytes unchanged (a zip)', async () => {
    let bytes: Promise<ArrayBuffer> | null = null;
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      bytes = fetch(this.href).then((response) => response.arrayBuffer());
    });
    try {
      const sink = blobExportSink('spanlight-library.zip');
      await sink.write(new Uint8Array([0x50, 0x4b, 0xff]));
      await sink.write(new Uint8Array([0, 0x80]));
      await sink.finish();
      expect(new Uint8Array(await (bytes as unknown as Promise<ArrayBuffer>))).toEqual(
        new Uint8Array([0x50, 0x4b, 0xff, 0, 0x80]),
      );
    } finally {
      click.mockRestore();
    }
  });
});
