/**
 * A text's SHA-256 (of its UTF-8 bytes) as lowercase hex, by WebCrypto: native code, where the core's sha256Hex
 * (pure, synchronous) took ~0.6 s of the main thread to check the hashes of a 10,000-article dataset (issue 4).
 * The same value as core/hash/sha256Hex (test/renderer/intake/sha256Text.test.ts).
 */
export async function sha256TextHex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
