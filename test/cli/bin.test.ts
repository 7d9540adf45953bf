/**
 * The built command line, run as a user runs it: `node bin/spanlight.cjs …` in a separate process, from a folder
 * with no node_modules (so everything it needs, ajv included, is in the bundle). Built here with the project's
 * vite.cli.config.mts into a temporary folder, never into the shared out/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './cliHarness';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let dir = '';
let bin = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'spanlight-bin-'));
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      path.join(ROOT, 'vite.cli.config.mts'),
      '--outDir',
      path.join(dir, 'out/cli'),
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, stdio: 'pipe' },
  );
  mkdirSync(path.join(dir, 'bin'));
  bin = path.join(dir, 'bin/spanlight.cjs');
  copyFileSync(path.join(ROOT, 'bin/spanlight.cjs'), bin);
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('the built spanlight command', () => {
  it('converts to standard output byte for byte what the in-process command gives', () => {
    const input = path.join(dir, 'in.jsonl');
    writeFileSync(input, '{"text": "🔴 قسد في الرقة", "label": [[2, 5, "actor"], [9, 14, "place"]]}\n');
    const built = run('convert', input, '--from', 'jsonl', '--to', 'csv');
    expect(built.code).toBe(0);
    expect(built.out).toBe(`${cli('convert', input, '--from', 'jsonl', '--to', 'csv').out}\n`);
    expect(built.out.startsWith('\uFEFF')).toBe(true);
    expect(built.out.endsWith('\r\n')).toBe(true);
  });

  it('validates with the JSON Schema bundled in, exit 1 and the line on a problem, 0 when valid', () => {
    const input = path.join(dir, 'in.jsonl');
    writeFileSync(input, '{"text": "Ali met Sara.", "label": [[0, 3, "actor"]]}\n');
    const json = path.join(dir, 'in.json');
    expect(run('convert', input, '--from', 'jsonl', '--to', 'spanlight', '--out', json).code).toBe(0);
    expect(run('validate', json)).toMatchObject({
      code: 0,
      out: `${json}: valid Spanlight JSON: 1 document, 1 annotation\n`,
    });
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, readFileSync(json, 'utf8').replace('"label": "actor"', '"label": "ACTOR"'));
    const result = run('validate', bad);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/schema: line \d+, \/documents\/0\/annotations\/0\/label: must be one of/);
  });

  it('exits 1 on a malformed file, naming the file and line on standard error, and writes nothing', () => {
    // Every format's malformed files: test/cli/malformed.test.ts (in-process); here the process's exit code.
    const input = path.join(dir, 'bad.jsonl');
    writeFileSync(
      input,
      '{"text": "Ali", "label": [[0, 3, "actor"]]}\n{"text": "Sara", "label": [[0, 9, "actor"]]}\n',
    );
    const output = path.join(dir, 'bad-out.json');
    const result = run('convert', input, '--from', 'jsonl', '--to', 'spanlight', '--out', output);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `spanlight: cannot import ${input} as doccano JSONL: line 2, label[0]: offsets 0..9 are outside the text (4 Unicode code points)\n`,
    );
    expect(result.out).toBe('');
    expect(existsSync(output)).toBe(false);
  });

  it('exits 2 on wrong usage, and prints the usage with agree and validate in it', () => {
    const result = run('agree', 'only-one.jsonl');
    expect(result.code).toBe(2);
    expect(result.err).toContain('spanlight agree <A> <B>');
    expect(result.err).toContain('spanlight validate <file or folder>');
  });
});
