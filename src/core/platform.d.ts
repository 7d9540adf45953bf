// The WHATWG text codecs and Intl exist in every runtime Spanlight runs in (Node 20, Chromium, Electron),
// but they are not part of the ES lib that keeps src/core free of DOM and Node types.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
}
