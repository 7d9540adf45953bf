import { describe, expect, it } from 'vitest';
import { type EntryLike, entriesOfDrop, readDropped } from '../../../src/renderer/intake/droppedFiles';

function fileEntry(path: string, content: string): EntryLike {
  const name = path.split('/').pop() as string;
  return {
    isFile: true,
    isDirectory: false,
    name,
    fullPath: `/${path}`,
    file: (success) => success(new File([content], name)),
  };
}

function folderEntry(path: string, children: EntryLike[], batchSize = 2): EntryLike {
  return {
    isFile: false,
    isDirectory: true,
    name: path.split('/').pop() as string,
    fullPath: `/${path}`,
    createReader() {
      let next = 0;
      // Answers in small batches, as Chromium does for big folders.
      return {
        readEntries(success) {
          success(children.slice(next, next + batchSize));
          next += batchSize;
        },
      };
    },
  };
}

describe('readDropped', () => {
  it('walks dropped folders recursively, keeping paths and skipping hidden files', async () => {
    const dropped = [
      fileEntry('loose.txt', 'loose'),
      folderEntry('batch', [
        fileEntry('batch/b.txt', 'بي'),
        fileEntry('batch/.DS_Store', 'junk'),
        folderEntry('batch/2024', [
          fileEntry('batch/2024/a.md', '# A'),
          fileEntry('batch/2024/~$lock.docx', 'x'),
        ]),
        fileEntry('batch/a.txt', 'alpha'),
        fileEntry('batch/c.html', '<p>c</p>'),
      ]),
    ];
    const { files, skippedHidden } = await readDropped(dropped);
    expect(files.map((f) => [f.name, f.relativePath])).toEqual([
      ['loose.txt', undefined],
      ['b.txt', 'batch/b.txt'],
      ['a.md', 'batch/2024/a.md'],
      ['a.txt', 'batch/a.txt'],
      ['c.html', 'batch/c.html'],
    ]);
    expect(new TextDecoder().decode(files[1]?.bytes)).toBe('بي');
    expect(skippedHidden).toBe(2);
  });

  it('reads a plain file list where the browser gives no entries', async () => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['one'], 'one.txt'));
    const entries = entriesOfDrop(transfer);
    const { files } = await readDropped(entries);
    expect(files.map((f) => f.name)).toEqual(['one.txt']);
    expect(new TextDecoder().decode(files[0]?.bytes)).toBe('one');
  });
});
