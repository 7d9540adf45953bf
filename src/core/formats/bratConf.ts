/**
 * brat's annotation.conf: which entity (and event, relation, attribute) types a collection uses. Export writes a
 * minimal one listing the labels as entities and the attribute names found on the spans; an imported conf is
 * written back verbatim when it still declares every label in use (the tutorial's conf declares events and
 * relations Spanlight does not model, and losing them would break the collection in brat).
 */
import type { AttributeValue } from './types';

/** Type names a conf declares as entities or events (a T line's type must be one of them). */
export function confSpanTypes(conf: string): Set<string> {
  const types = new Set<string>();
  let section = '';
  for (const rawLine of conf.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) {
      section = header[1] as string;
      continue;
    }
    if (section !== 'entities' && section !== 'events') continue;
    // Macros ("<POG>=…") are no types; "!" marks a type only used as a hierarchy node.
    if (/^<[^>]+>\s*=/.test(line)) continue;
    const name = (line.split(/\s+/)[0] as string).replace(/^!/, '');
    if (name) types.add(name);
  }
  return types;
}

/** A minimal annotation.conf for these labels and attribute values. */
export function generateConf(
  labels: readonly string[],
  attributes: ReadonlyMap<string, ReadonlySet<AttributeValue>>,
): string {
  const lines = ['# Written by Spanlight: the labels of the exported spans.', '[entities]', ...labels, ''];
  lines.push('[relations]', '', '[events]', '', '[attributes]');
  for (const [name, values] of attributes) {
    const named = [...values].filter((value) => value !== true && value !== false).map(String);
    lines.push(
      named.length > 0 ? `${name}\tArg:<ENTITY>, Value:${named.join('|')}` : `${name}\tArg:<ENTITY>`,
    );
  }
  return `${lines.join('\n')}\n`;
}
