/**
 * A zip file written entry by entry (PKWARE APPNOTE 6.3), so an export of many files is never one buffer: each
 * entry's local header and data come out as soon as the entry is given, the central directory at the end. Each
 * entry is whole in memory when given (one document's .txt or .ann), so its CRC-32 and sizes go in its local
 * header and no data descriptor is needed, which every unzip reads.
 *
 * Names are UTF-8 (flag bit 11). Entries are DEFLATEd by the `deflate` the caller gives (raw deflate: the core has
 * no compressor of its own; the renderer passes CompressionStream's, tests node:zlib's), stored when that is no
 * smaller or no deflate is given. ZIP64 records are written only when needed (more than 65,535 entries, or
 * the central directory beyond 4 GiB), so small files stay plain zips; one entry must stay under 4 GiB.
 */
import { crc32 } from './crc32';

/** Raw DEFLATE (RFC 1951, no zlib header) of some bytes. */
export type Deflate = (data: Uint8Array) => Promise<Uint8Array>;

export interface ZipWriterOptions {
  deflate?: Deflate;
  /** The entries' modification time (DOS time has no zone: its UTC fields are written); default now. */
  date?: Date;
}

const MAX_16 = 0xffff;
const MAX_32 = 0xffffffff;
const UTF8_NAMES = 0x0800;
const STORE = 0;
const DEFLATE = 8;
/** 2.0 (deflate), 4.5 (ZIP64). */
const VERSION = 20;
const VERSION_ZIP64 = 45;
/**
 * "Made by" Unix (3): unzip then takes the names as they are (UTF-8) and the mode below, where a DOS host would
 * have its names converted from an OEM code page.
 */
const MADE_BY_UNIX = 3 << 8;
/** A regular file, rw-r--r--, in the high half of the external attributes. */
const FILE_MODE = 0o100644 * 0x10000;

interface CentralEntry {
  name: Uint8Array;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

class ByteWriter {
  private readonly view: DataView;
  readonly bytes: Uint8Array;
  private at = 0;
  constructor(length: number) {
    this.bytes = new Uint8Array(length);
    this.view = new DataView(this.bytes.buffer);
  }
  u16(value: number): this {
    this.view.setUint16(this.at, value, true);
    this.at += 2;
    return this;
  }
  u32(value: number): this {
    this.view.setUint32(this.at, value >>> 0, true);
    this.at += 4;
    return this;
  }
  /** A little-endian 64-bit number (any safe integer). */
  u64(value: number): this {
    return this.u32(value % 0x1_0000_0000).u32(Math.floor(value / 0x1_0000_0000));
  }
  raw(data: Uint8Array): this {
    this.bytes.set(data, this.at);
    this.at += data.length;
    return this;
  }
}

export class ZipWriter {
  private readonly entries: CentralEntry[] = [];
  private readonly names = new Set<string>();
  /** Bytes written so far: where the next local header starts. */
  private offset = 0;
  private readonly time: number;
  private readonly day: number;
  private readonly encoder = new TextEncoder();

  constructor(private readonly options: ZipWriterOptions = {}) {
    const date = options.date ?? new Date();
    // DOS dates start in 1980.
    const year = Math.min(2107, Math.max(1980, date.getUTCFullYear()));
    this.day = ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
    this.time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  }

  /** The local header and data of one file ("folder/name.txt"), to append to the output. */
  async file(path: string, content: Uint8Array | string): Promise<Uint8Array> {
    if (this.names.has(path)) throw new Error(`zip: two entries named ${path}`);
    this.names.add(path);
    const data = typeof content === 'string' ? this.encoder.encode(content) : content;
    if (data.length >= MAX_32) throw new Error(`zip: ${path} is too large for one entry`);
    const deflated = this.options.deflate && data.length > 0 ? await this.options.deflate(data) : null;
    const method = deflated && deflated.length < data.length ? DEFLATE : STORE;
    const stored = method === DEFLATE ? (deflated as Uint8Array) : data;
    const name = this.encoder.encode(path);
    const entry: CentralEntry = {
      name,
      method,
      crc: crc32(data),
      compressedSize: stored.length,
      size: data.length,
      offset: this.offset,
    };
    this.entries.push(entry);
    const out = new ByteWriter(30 + name.length + stored.length)
      .u32(0x04034b50)
      .u16(VERSION)
      .u16(UTF8_NAMES)
      .u16(method)
      .u16(this.time)
      .u16(this.day)
      .u32(entry.crc)
      .u32(entry.compressedSize)
      .u32(entry.size)
      .u16(name.length)
      .u16(0)
      .raw(name)
      .raw(stored).bytes;
    this.offset += out.length;
    return out;
  }

  /** The central directory and end records: the last bytes of the file. */
  end(): Uint8Array {
    const start = this.offset;
    const headers = this.entries.map((entry) => {
      // An entry beyond 4 GiB names its offset in a ZIP64 extra field.
      const far = entry.offset >= MAX_32;
      const writer = new ByteWriter(46 + entry.name.length + (far ? 12 : 0))
        .u32(0x02014b50)
        .u16(MADE_BY_UNIX | (far ? VERSION_ZIP64 : VERSION))
        .u16(far ? VERSION_ZIP64 : VERSION)
        .u16(UTF8_NAMES)
        .u16(entry.method)
        .u16(this.time)
        .u16(this.day)
        .u32(entry.crc)
        .u32(entry.compressedSize)
        .u32(entry.size)
        .u16(entry.name.length)
        .u16(far ? 12 : 0)
        .u16(0)
        .u16(0)
        .u16(0)
        .u32(FILE_MODE)
        .u32(far ? MAX_32 : entry.offset)
        .raw(entry.name);
      if (far) writer.u16(0x0001).u16(8).u64(entry.offset);
      return writer.bytes;
    });
    const size = headers.reduce((sum, header) => sum + header.length, 0);
    const count = this.entries.length;
    const zip64 = count >= MAX_16 || start >= MAX_32 || size >= MAX_32;
    const tail = new ByteWriter(size + (zip64 ? 56 + 20 : 0) + 22);
    for (const header of headers) tail.raw(header);
    if (zip64) {
      const record = start + size;
      tail
        .u32(0x06064b50)
        .u64(44)
        .u16(VERSION_ZIP64)
        .u16(VERSION_ZIP64)
        .u32(0)
        .u32(0)
        .u64(count)
        .u64(count)
        .u64(size)
        .u64(start)
        .u32(0x07064b50)
        .u32(0)
        .u64(record)
        .u32(1);
    }
    tail
      .u32(0x06054b50)
      .u16(0)
      .u16(0)
      .u16(Math.min(count, MAX_16))
      .u16(Math.min(count, MAX_16))
      .u32(Math.min(size, MAX_32))
      .u32(Math.min(start, MAX_32))
      .u16(0);
    this.offset += tail.bytes.length;
    return tail.bytes;
  }
}
