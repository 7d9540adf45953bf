import type { FormatFile } from '../../../core/formats/types';
import { decodeText } from '../../../core/intake/decodeText';
import type { IntakeFile } from '../../../core/intake/types';

/**
 * Dataset files as the format converters take them: text decoded (UTF-8/16 with BOM, legacy Arabic guessed)
 * and zips (a brat collection) unpacked. Throws an Error naming the file when one cannot be read.
 */
export async function readDatasetFiles(files: readonly IntakeFile[]): Promise<FormatFile[]> {
  const result: FormatFile[] = [];
  for (const file of files) {
    const path = file.relativePath ?? file.name;
    if (path.toLowerCase().endsWith('.zip')) {
      const { default: JSZip } = await import('jszip');
      let zip: Awaited<ReturnType<typeof JSZip.loadAsync>>;
      try {
        zip = await JSZip.loadAsync(file.bytes);
      } catch (error) {
        throw new Error(
          `Cannot open “${path}”: it is not a readable zip (${error instanceof Error ? error.message : error}).`,
        );
      }
      for (const entry of Object.values(zip.files)) {
        if (entry.dir || /(^|\/)(\.|__MACOSX)/.test(entry.name)) continue;
        const decoded = decodeText(await entry.async('uint8array'));
        if (!decoded.ok) throw new Error(`Cannot open “${path}/${entry.name}”: ${decoded.reason}.`);
        result.push({ path: entry.name.split('/').pop() ?? entry.name, content: decoded.text });
      }
      continue;
    }
    const decoded = decodeText(file.bytes);
    if (!decoded.ok) throw new Error(`Cannot open “${path}”: ${decoded.reason}.`);
    result.push({ path: file.name, content: decoded.text });
  }
  return result;
}
