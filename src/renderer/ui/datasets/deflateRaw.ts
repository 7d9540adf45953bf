/**
 * Raw DEFLATE (no zlib header, what a zip entry holds) with the platform's CompressionStream, for the streamed
 * brat zip (src/core/zip/zipWriter.ts takes its compressor from the caller: the core has none).
 */
export async function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
