/**
 * Indented JSON text, exactly as `JSON.stringify(value, null, pad)` writes it, for the plain data an export holds
 * (objects, arrays, strings, numbers, booleans, null; `toJSON` honoured; no cycles), starting at indentation
 * `depth`. Why not JSON.stringify itself: Chromium takes a slow path as soon as it is asked to indent. This printer
 * leaves every primitive and key to JSON.stringify (native escaping) and only lays out objects and arrays; on a
 * batch of 250 exported documents (12,500 annotations) it took 65–90 ms where JSON.stringify with an indent took
 * 137–158 ms, and a large Spanlight JSON export spent much of its time there (bench, issue 4).
 */
export function prettyJson(value: unknown, pad: string, depth = ''): string | undefined {
  if (pad === '') return JSON.stringify(value);
  return write(value, '', pad, depth);
}

function write(input: unknown, key: string, pad: string, depth: string): string | undefined {
  let value = input;
  if (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  ) {
    value = (value as { toJSON(key: string): unknown }).toJSON(key);
  }
  // Primitives (and what JSON.stringify leaves out: undefined, functions, symbols), boxed ones too.
  if (value === null || typeof value !== 'object' || isBoxed(value)) return JSON.stringify(value);
  const inner = depth + pad;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      out += `${i === 0 ? '\n' : ',\n'}${inner}${write(value[i], String(i), pad, inner) ?? 'null'}`;
    }
    return `${out}\n${depth}]`;
  }
  let out = '';
  for (const name of Object.keys(value)) {
    const text = write((value as Record<string, unknown>)[name], name, pad, inner);
    if (text === undefined) continue;
    out += `${out === '' ? '{\n' : ',\n'}${inner}${JSON.stringify(name)}: ${text}`;
  }
  return out === '' ? '{}' : `${out}\n${depth}}`;
}

function isBoxed(value: object): boolean {
  return value instanceof Number || value instanceof String || value instanceof Boolean;
}
