import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FormatFile } from '../core/formats/types';
import { decodeText } from '../core/intake/decodeText';

export type InputFiles = { ok: true; files: FormatFile[] } | { ok: false; reason: string };

/**
 * Files and folders named on the command line, decoded as the app decodes them (UTF-8/16 with a BOM, legacy
 * Arabic encodings guessed). A folder gives its files (not its subfolders, not dot files), sorted by name, so a
 * brat collection is read like the app reads its unpacked zip. Paths become base names, as in the app.
 */
export function readInputFiles(inputs: readonly string[]): InputFiles {
  const files: FormatFile[] = [];
  for (const input of inputs) {
    if (!existsSync(input)) return { ok: false, reason: `cannot read "${input}": no such file or folder` };
    const paths = statSync(input).isDirectory()
      ? readdirSync(input)
          .filter((name) => !name.startsWith('.'))
          .sort()
          .map((name) => path.join(input, name))
      : [input];
    for (const filePath of paths) {
      if (statSync(filePath).isDirectory()) continue;
      const decoded = decodeText(new Uint8Array(readFileSync(filePath)));
      if (!decoded.ok) return { ok: false, reason: `cannot read "${filePath}": ${decoded.reason}` };
      files.push({ path: path.basename(filePath), content: decoded.text });
    }
  }
  return { ok: true, files };
}
