/**
 * Random (version 4) UUIDs for new rows, like crypto.randomUUID, drawn from a pool of random bytes filled 4,096
 * ids at a time: crypto.randomUUID cost 7–15 µs a call in Chromium here, over a second of an import's main thread
 * per 100,000 spans (benchmark profile of the import scenario); this costs well under one.
 */
const IDS_PER_FILL = 4096;
const pool = new Uint8Array(16 * IDS_PER_FILL);
let next = IDS_PER_FILL;

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

export function newUuid(): string {
  if (next === IDS_PER_FILL) {
    // getRandomValues fills at most 65,536 bytes a call: exactly this pool.
    crypto.getRandomValues(pool);
    next = 0;
  }
  const at = 16 * next++;
  const b = (index: number) => HEX[pool[at + index] as number] as string;
  // RFC 9562: version 4 in the high nibble of byte 6, variant 10 in the high bits of byte 8.
  const version = HEX[((pool[at + 6] as number) & 0x0f) | 0x40] as string;
  const variant = HEX[((pool[at + 8] as number) & 0x3f) | 0x80] as string;
  return `${b(0)}${b(1)}${b(2)}${b(3)}-${b(4)}${b(5)}-${version}${b(7)}-${variant}${b(9)}-${b(10)}${b(11)}${b(12)}${b(13)}${b(14)}${b(15)}`;
}
