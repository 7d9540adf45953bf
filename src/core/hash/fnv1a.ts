/**
 * FNV-1a, 32 bits, over a string's UTF-16 code units: a fast, stable hash for spreading keys over buckets (not
 * for integrity; that is sha256.ts). Stable across versions: stored layouts depend on it (storage/spanBuckets.ts).
 */
export function fnv1a32(value: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
