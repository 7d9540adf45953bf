/**
 * Access to the peers' own files in ../shared/corpus (beside the checkout). They are never copied into the
 * project; tests that need them are skipped, with the path in their title, where the folder is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS = fileURLToPath(new URL('../../../../shared/corpus', import.meta.url));

export function corpusDir(relative: string): {
  dir: string;
  present: boolean;
  title: (name: string) => string;
} {
  const dir = join(CORPUS, relative);
  const present = existsSync(dir);
  return { dir, present, title: (name) => (present ? name : `${name} (skipped: ${dir} is absent)`) };
}

/** A corpus file decoded as UTF-8 exactly (BOM kept: importers decide what to do with it). */
export function readCorpusText(dir: string, name: string): string {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(readFileSync(join(dir, name)));
}

export function listCorpus(dir: string, suffix: string): string[] {
  // Called while tests are collected, even in a skipped describe: an absent corpus lists nothing.
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .sort();
}
