/**
 * The line (1-based) on which each value of a JSON text starts, keyed by its JSON Pointer ("/documents/0/text"),
 * so a schema error can name the line of the file. The text must already be valid JSON (JSON.parse succeeded):
 * this walks it without checking. JSON strings cannot hold a raw line break, so lines are counted in white space.
 */
export function jsonPointerLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const space = () => {
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '\n') line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r') return;
    }
  };
  const string = (): string => {
    const start = i;
    for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  // An explicit stack instead of recursion: a deeply nested file must not overflow the call stack.
  const stack: Array<{ pointer: string; kind: '{' | '['; index: number }> = [];
  let pointer = '';
  for (;;) {
    space();
    lines.set(pointer, line);
    const c = text[i];
    if (c === '{' || c === '[') {
      i++;
      space();
      if (text[i] === '}' || text[i] === ']') i++;
      else {
        stack.push({ pointer, kind: c, index: 0 });
        pointer = c === '{' ? member(pointer) : `${pointer}/0`;
        continue;
      }
    } else if (c === '"') string();
    else while (i < text.length && !/[,\]}\s]/.test(text[i] as string)) i++;
    // After a value: a comma opens the next member or element, a bracket closes the container.
    for (;;) {
      const top = stack[stack.length - 1];
      if (!top) return lines;
      space();
      if (text[i] === ',') {
        i++;
        top.index++;
        pointer = top.kind === '{' ? member(top.pointer) : `${top.pointer}/${top.index}`;
        break;
      }
      i++;
      stack.pop();
    }
  }

  function member(parent: string): string {
    space();
    const key = string();
    space();
    i++; // the colon
    return `${parent}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  }
}
