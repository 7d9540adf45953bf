import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) } };
}

const dirs: string[] = [];
function tempDir() {
  const dir = mkdtempSync(path.join(tmpdir(), 'spanlight-cli-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const DOCCANO = '{"text": "🔴 قسد في الرقة", "label": [[2, 5, "actor"], [9, 14, "place"]]}\n';

describe('spanlight convert', () => {
  it('converts doccano JSONL to Spanlight JSON with exact offsets in both units', () => {
    const dir = tempDir();
    const input = path.join(dir, 'in.jsonl');
    writeFileSync(input, DOCCANO);
    const { out, io: cliIo } = io();
    expect(runCli(['convert', input, '--from', 'jsonl', '--to', 'spanlight'], cliIo)).toBe(0);
    const dataset = JSON.parse(out.join('\n'));
    const [doc] = dataset.documents;
    expect(doc.text).toBe('🔴 قسد في الرقة');
    expect(
      doc.annotations.map((a: { start: number; start_utf16: number; text: string }) => [
        a.start,
        a.start_utf16,
        a.text,
      ]),
    ).toEqual([
      [2, 3, 'قسد'],
      [9, 10, 'الرقة'],
    ]);
  });

  it('writes brat as a folder of .txt/.ann files and reads it back to the same spans', () => {
    const dir = tempDir();
    const input = path.join(dir, 'in.jsonl');
    writeFileSync(input, DOCCANO);
    const bratDir = path.join(dir, 'brat');
    expect(runCli(['convert', input, '--from', 'jsonl', '--to', 'brat', '--out', bratDir], io().io)).toBe(0);
    expect(readdirSync(bratDir).some((name) => name.endsWith('.ann'))).toBe(true);
    const back = path.join(dir, 'back.jsonl');
    expect(runCli(['convert', bratDir, '--from', 'brat', '--to', 'jsonl', '--out', back], io().io)).toBe(0);
    const line = JSON.parse(readFileSync(back, 'utf8').split('\n')[0] as string);
    expect(line.text).toBe('🔴 قسد في الرقة');
    expect(line.label).toEqual([
      [2, 5, 'actor'],
      [9, 14, 'place'],
    ]);
  });

  it.each([
    [['convert', 'missing.jsonl', '--from', 'jsonl', '--to', 'brat'], 1, 'no such file'],
    [['convert', 'x', '--from', 'nope', '--to', 'brat'], 1, 'unknown --from format'],
    [['convert', 'x', '--to', 'brat'], 2, '--from and --to are required'],
    [['frobnicate'], 2, 'Usage'],
  ])('refuses %j with exit code %i and says why', (args, code, message) => {
    const { err, io: cliIo } = io();
    expect(runCli(args, cliIo)).toBe(code);
    expect(err.join('\n')).toContain(message);
  });

  it('refuses a malformed file naming the line, and writes nothing', () => {
    const dir = tempDir();
    const input = path.join(dir, 'bad.jsonl');
    writeFileSync(input, '{"text": "a", "label": []}\n{"text": \n');
    const output = path.join(dir, 'out.json');
    const { err, io: cliIo } = io();
    expect(runCli(['convert', input, '--from', 'jsonl', '--to', 'spanlight', '--out', output], cliIo)).toBe(
      1,
    );
    expect(err.join('\n')).toContain('line 2');
    expect(existsSync(output)).toBe(false);
  });
});
