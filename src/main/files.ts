import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';

/**
 * File access for the Open and Export commands. Every failure becomes a FileError whose message names the
 * file and says what happened in plain words, because the renderer shows it to the user as is.
 */

export class FileError extends Error {
  override name = 'FileError';
  /** The system error code behind the failure ("ENOSPC", …), when there was one. */
  readonly code: string | undefined;
  constructor(message: string, code?: string) {
    super(message);
    this.code = code;
  }
}

const MIB = 1024 * 1024;

/** "60 MB", "50.1 MB": rounded up, so a file just over the cap never reads as being at the cap. */
export function formatMegabytes(bytes: number): string {
  const tenths = Math.ceil((bytes / MIB) * 10) / 10;
  return `${Number.isInteger(tenths) ? tenths.toFixed(0) : tenths.toFixed(1)} MB`;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

function readFailure(name: string, error: unknown): FileError {
  if (error instanceof FileError) return error;
  switch (errorCode(error)) {
    case 'ENOENT':
      return new FileError(`"${name}" no longer exists`);
    case 'EACCES':
    case 'EPERM':
      return new FileError(`Spanlight is not allowed to read "${name}"`);
    case 'EISDIR':
      return new FileError(`"${name}" is a folder, not a file`);
    default:
      return new FileError(`"${name}" could not be read (${errorCode(error) ?? 'unknown error'})`);
  }
}

/**
 * Reads a whole file if it is at most `maxBytes`. The size is checked before reading (no 2 GB allocation
 * for a mistaken pick) and again while reading, in case the file grows in between. The result owns its
 * own ArrayBuffer: a pooled Buffer would carry unrelated memory across IPC.
 */
export async function readFileCapped(filePath: string, maxBytes: number): Promise<Uint8Array> {
  const name = path.basename(filePath);
  const tooBig = (size: number) =>
    new FileError(
      `"${name}" is ${formatMegabytes(size)}; Spanlight opens files up to ${formatMegabytes(maxBytes)}`,
    );
  let handle: fsp.FileHandle | undefined;
  try {
    // stat before open: opening a FIFO or device picked by mistake could block or never end.
    const stat = await fsp.stat(filePath);
    if (stat.isDirectory()) throw new FileError(`"${name}" is a folder, not a file`);
    if (!stat.isFile()) throw new FileError(`"${name}" is not a regular file`);
    if (stat.size > maxBytes) throw tooBig(stat.size);
    handle = await fsp.open(filePath, 'r');

    // One byte of headroom detects growth past the cap without reading the rest.
    const buffer = new Uint8Array(Math.min(stat.size, maxBytes) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes) throw tooBig(filled);
    return buffer.slice(0, filled);
  } catch (error) {
    throw readFailure(name, error);
  } finally {
    await handle?.close().catch(() => {});
  }
}

export function writeFailure(name: string, error: unknown): FileError {
  if (error instanceof FileError) return error;
  const code = errorCode(error);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new FileError(`Could not save "${name}": the disk is full`, code);
    case 'EACCES':
    case 'EPERM':
      return new FileError(`Could not save "${name}": Spanlight is not allowed to write there`, code);
    case 'EROFS':
      return new FileError(`Could not save "${name}": the disk is read-only`, code);
    case 'ENOENT':
      return new FileError(`Could not save "${name}": the folder no longer exists`, code);
    case 'EISDIR':
      return new FileError(`Could not save "${name}": a folder has that name`, code);
    default:
      return new FileError(`Could not save "${name}" (${code ?? 'unknown error'})`, code);
  }
}

/** The fs calls writeFileAtomic makes; injectable so tests can simulate a full disk. */
export interface AtomicWriteFs {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  rm: typeof fsp.rm;
}

const nodeFs: AtomicWriteFs = { open: fsp.open, rename: fsp.rename, rm: fsp.rm };

/**
 * Writes `content` so that the target holds either the old bytes or all the new ones, never a torn export:
 * temp file in the same directory (rename is only atomic within one file system), fsync, rename over the
 * target, then fsync the directory so the rename itself survives a power cut.
 */
export async function writeFileAtomic(
  filePath: string,
  content: string | Uint8Array,
  fs: AtomicWriteFs = nodeFs,
): Promise<void> {
  const dir = path.dirname(filePath);
  const name = path.basename(filePath);
  const tempPath = path.join(dir, `.${name}.${randomBytes(6).toString('hex')}.spanlight-tmp`);
  let handle: fsp.FileHandle | undefined;
  try {
    // 'wx': never follow or reuse an existing file at the temp name.
    handle = await fs.open(tempPath, 'wx');
    await (typeof content === 'string' ? handle.writeFile(content, 'utf8') : handle.writeFile(content));
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(tempPath, filePath);
  } catch (error) {
    await handle?.close().catch(() => {});
    await fs.rm(tempPath, { force: true }).catch(() => {});
    throw writeFailure(name, error);
  }
  await syncDirectory(dir, fs);
}

export async function syncDirectory(dir: string, fs: AtomicWriteFs = nodeFs): Promise<void> {
  // Windows cannot open a directory for fsync; the data is already in place, so this is best effort.
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Ignored on purpose, see above.
  } finally {
    await handle?.close().catch(() => {});
  }
}
