/**
 * src/core is the pure domain: no React, Lexical, Dexie, Electron or Node modules, and nothing outside
 * src/core, so it runs unchanged in the renderer, the main process and the tests. This checks the source
 * itself (every import specifier) and that biome's lint rule for src/core really fires.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const coreDir = join(root, 'src', 'core');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Module specifiers of static imports/exports, dynamic import() and require(), in a TypeScript source. */
function moduleSpecifiers(source: string): string[] {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,]+?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\/\/\/\s*<reference\s+(?:path|types)=['"]([^'"]+)['"]/g,
  ];
  return patterns.flatMap((pattern) =>
    [...withoutComments.matchAll(pattern)].map((match) => match[1] as string),
  );
}

const FORBIDDEN = [
  /^react(\/|$)/,
  /^react-dom(\/|$)/,
  /^lexical(\/|$)/,
  /^@lexical\//,
  /^dexie(\/|$)/,
  /^electron(\/|$)/,
  /^node:/,
];
/**
 * Pure packages the core may use: they touch no DOM, Node API or UI (the Markdown parser of the importers,
 * and its syntax-tree types). Anything else needs a reason and a line here.
 */
const PURE_PACKAGES = new Set(['mdast', 'mdast-util-from-markdown', 'mdast-util-to-string']);
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, name.split('/')[0] as string]));

/** Why a specifier is not allowed in a src/core file, or null. */
function violation(file: string, specifier: string): string | null {
  if (FORBIDDEN.some((pattern) => pattern.test(specifier))) return 'forbidden module';
  if (NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(specifier.split('/')[0] as string))
    return 'Node built-in';
  if (!specifier.startsWith('.') && !PURE_PACKAGES.has(specifier))
    return 'package import (src/core has no dependencies)';
  const target = resolve(dirname(file), specifier);
  if (target !== coreDir && !target.startsWith(coreDir + sep)) return 'relative path escaping src/core';
  return null;
}

describe('src/core imports', () => {
  const files = filesUnder(coreDir).filter((file) => /\.(ts|tsx|mts|cts|js|mjs)$/.test(file));

  it('finds the core sources and their imports (the scan is not vacuous)', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    const documentImports = moduleSpecifiers(readFileSync(join(coreDir, 'document.ts'), 'utf8'));
    expect(documentImports).toEqual(expect.arrayContaining(['./hash/sha256', './text/normalizeText']));
  });

  it('has no import of React, Lexical, Dexie, Electron, Node or anything outside src/core', () => {
    const problems: string[] = [];
    for (const file of files) {
      for (const specifier of moduleSpecifiers(readFileSync(file, 'utf8'))) {
        const why = violation(file, specifier);
        if (why) problems.push(`${relative(root, file)}: '${specifier}' (${why})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each([
    ["import { useState } from 'react';", 'forbidden module'],
    ["import { createRoot } from 'react-dom/client';", 'forbidden module'],
    ["import type { LexicalNode } from 'lexical';", 'forbidden module'],
    ["import { LexicalComposer } from '@lexical/react/LexicalComposer';", 'forbidden module'],
    ["export { Dexie } from 'dexie';", 'forbidden module'],
    ["const { ipcRenderer } = require('electron');", 'forbidden module'],
    ["import { readFile } from 'node:fs/promises';", 'forbidden module'],
    ["import { createHash } from 'crypto';", 'Node built-in'],
    ["const m = await import('path');", 'Node built-in'],
    ["import { x } from '../renderer/editor/x';", 'relative path escaping src/core'],
    ["import { x } from '../../src/main/x';", 'relative path escaping src/core'],
    ["import fc from 'fast-check';", 'package import (src/core has no dependencies)'],
  ])('the checker itself flags %s', (source, why) => {
    const file = join(coreDir, 'document.ts');
    const found = moduleSpecifiers(source).map((specifier) => violation(file, specifier));
    expect(found).toEqual([why]);
  });

  it('the checker accepts imports within src/core', () => {
    const file = join(coreDir, 'export', 'spanlightDataset.ts');
    for (const specifier of ['../labels', '../spans/span', './other', '../index']) {
      expect(violation(file, specifier), specifier).toBeNull();
    }
  });
});

describe('biome.json guards src/core', () => {
  const biomeConfig = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8'));

  it('has a noRestrictedImports override for src/core/** listing the forbidden modules', () => {
    const override = biomeConfig.overrides.find((o: { includes?: string[] }) =>
      o.includes?.includes('src/core/**'),
    );
    const rule = override?.linter?.rules?.style?.noRestrictedImports;
    expect(rule?.level).toBe('error');
    const groups: string[] = rule.options.patterns.flatMap((p: { group: string[] }) => p.group);
    for (const module of ['react', 'react-dom', 'lexical', '@lexical/*', 'dexie', 'electron', 'node:*']) {
      expect(groups).toContain(module);
    }
  });

  it('makes `biome lint` fail on a forbidden import placed in src/core, and only there', () => {
    // A scratch copy of the project's biome.json, so nothing is written into the real src/core.
    const scratch = mkdtempSync(join(tmpdir(), 'spanlight-biome-'));
    try {
      cpSync(join(root, 'biome.json'), join(scratch, 'biome.json'));
      mkdirSync(join(scratch, 'src', 'core'), { recursive: true });
      mkdirSync(join(scratch, 'test'), { recursive: true });
      const offenders = {
        'react.ts': "import { useState } from 'react';\n\nexport const x = [useState];\n",
        'lexical.ts': "import { $getRoot } from 'lexical';\n\nexport const x = [$getRoot];\n",
        'dexie.ts': "import Dexie from 'dexie';\n\nexport const x = [Dexie];\n",
        'electron.ts': "import { ipcRenderer } from 'electron';\n\nexport const x = [ipcRenderer];\n",
        'node.ts': "import { readFileSync } from 'node:fs';\n\nexport const x = [readFileSync];\n",
      };
      for (const [name, source] of Object.entries(offenders))
        writeFileSync(join(scratch, 'src', 'core', name), source);
      writeFileSync(
        join(scratch, 'src', 'core', 'clean.ts'),
        "import { x } from './react';\n\nexport const y = x;\n",
      );
      writeFileSync(join(scratch, 'test', 'allowed.ts'), offenders['node.ts']);
      const biome = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'biome.cmd' : 'biome');
      let output = '';
      try {
        output = execFileSync(biome, ['lint', '--max-diagnostics=50', 'src', 'test'], {
          cwd: scratch,
          encoding: 'utf8',
          stdio: 'pipe',
        });
      } catch (error) {
        const failed = error as { stdout?: string; stderr?: string };
        output = `${failed.stdout ?? ''}${failed.stderr ?? ''}`;
      }
      const flagged = new Set(
        [...output.matchAll(/([\w/.-]+\.ts):\d+:\d+ lint\/style\/noRestrictedImports/g)].map((m) => m[1]),
      );
      expect([...flagged].sort()).toEqual(
        Object.keys(offenders)
          .map((name) => `src/core/${name}`)
          .sort(),
      );
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 30_000);
});
