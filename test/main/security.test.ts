import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/main/csp';

/**
 * Checks of the electronjs.org security checklist that look at the project as shipped rather than at one
 * module: the built renderer, the built main and preload bundles, the dependency tree and the sources.
 * docs/security.md names each of these tests in its table.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const at = (...parts: string[]) => path.join(root, ...parts);

const directives = (policy: string) =>
  policy
    .split(';')
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

/** Skips (saying so) when the build output is absent: these tests check what `electron-vite build` produced. */
function readBuilt(context: { skip: (note?: string) => void }, ...parts: string[]): string {
  const file = at(...parts);
  if (!existsSync(file)) {
    console.warn(`skipped: ${parts.join('/')} is absent; run \`npx electron-vite build\` first`);
    context.skip(`${parts.join('/')} is absent`);
  }
  return readFileSync(file, 'utf8');
}

function cspOf(html: string): string[] {
  const metas = (html.match(/<meta\b[^>]*>/gi) ?? []).filter((tag) =>
    /http-equiv\s*=\s*["']content-security-policy["']/i.test(tag),
  );
  expect(metas).toHaveLength(1);
  const content = /\bcontent\s*=\s*"([^"]*)"|\bcontent\s*=\s*'([^']*)'/i.exec(metas[0] ?? '');
  return directives(content?.[1] ?? content?.[2] ?? '');
}

function sourceFiles(dir: string, extensions = /\.(ts|tsx|mts|js|mjs|cjs|html)$/): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((name) => extensions.test(name))
    .map((name) => path.join(dir, name));
}

describe('the built renderer, out/renderer/index.html', () => {
  it('carries exactly the app CSP, in one meta tag', (context) => {
    const html = readBuilt(context, 'out', 'renderer', 'index.html');
    expect(cspOf(html)).toEqual(directives(CONTENT_SECURITY_POLICY));
  });

  it('allows no remote origin, no eval and no inline script or style in its CSP', (context) => {
    const policy = cspOf(readBuilt(context, 'out', 'renderer', 'index.html'));
    const tokens = policy.flatMap((directive) => directive.split(' '));
    for (const forbidden of [
      "'unsafe-eval'",
      "'wasm-unsafe-eval'",
      "'unsafe-inline'",
      "'unsafe-hashes'",
      '*',
      'http:',
      'https:',
      'ws:',
      'wss:',
    ]) {
      expect(tokens).not.toContain(forbidden);
    }
    expect(policy.join('; ')).not.toMatch(/[a-z][a-z0-9+.-]*:\/\//i);
    expect(policy[0]).toBe("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
  });

  it('loads its scripts and styles from its own folder only, with no inline script', (context) => {
    const html = readBuilt(context, 'out', 'renderer', 'index.html');
    const scripts = html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script).toMatch(/\bsrc\s*=\s*["']\.\/assets\/[^"':]+["']/);
      expect(
        script
          .replace(/^<script\b[^>]*>/i, '')
          .replace(/<\/script>$/i, '')
          .trim(),
      ).toBe('');
    }
    for (const link of html.match(/<link\b[^>]*>/gi) ?? []) {
      const href = /\bhref\s*=\s*["']([^"']*)["']/i.exec(link)?.[1] ?? '';
      expect(href === 'data:,' || href.startsWith('./assets/')).toBe(true);
    }
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["'](https?:)?\/\//i);
  });
});

describe('the built main and preload bundles', () => {
  const requires = (code: string) =>
    [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);

  it("the sandboxed preload requires nothing but 'electron' and exposes one object", (context) => {
    const code = readBuilt(context, 'out', 'preload', 'index.js');
    expect(new Set(requires(code))).toEqual(new Set(['electron']));
    expect(code.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(code).not.toMatch(/exposeInMainWorld\(\s*["'][^"']+["']\s*,\s*(electron\.)?ipcRenderer\s*\)/);
  });

  it('the main bundle requires only electron and node: built-ins, so installers ship no node_modules', (context) => {
    const code = readBuilt(context, 'out', 'main', 'index.js');
    for (const name of requires(code)) expect(name === 'electron' || name?.startsWith('node:')).toBe(true);
  });

  it('the main bundle keeps the window options written out: isolated, sandboxed, no Node', (context) => {
    const code = readBuilt(context, 'out', 'main', 'index.js');
    for (const setting of [
      /contextIsolation:\s*true/,
      /sandbox:\s*true/,
      /nodeIntegration:\s*false/,
      /webSecurity:\s*true/,
      /webviewTag:\s*false/,
    ]) {
      expect(code).toMatch(setting);
    }
    for (const widening of [
      /nodeIntegration:\s*true/,
      /contextIsolation:\s*false/,
      /sandbox:\s*false/,
      /webSecurity:\s*false/,
      /allowRunningInsecureContent:\s*true/,
      /enableBlinkFeatures/,
      /enableRemoteModule/,
      /bypassCSP:\s*true/,
    ]) {
      expect(code).not.toMatch(widening);
    }
  });
});

describe('@electron/remote', () => {
  it('is nowhere in the dependency tree (package-lock.json)', () => {
    const lock = JSON.parse(readFileSync(at('package-lock.json'), 'utf8')) as {
      packages?: Record<string, { dependencies?: Record<string, string> }>;
    };
    const packages = Object.keys(lock.packages ?? {});
    expect(packages.length).toBeGreaterThan(100);
    expect(packages.filter((key) => /(^|\/)node_modules\/@electron\/remote$/.test(key))).toEqual([]);
    for (const [key, entry] of Object.entries(lock.packages ?? {})) {
      expect(Object.keys(entry.dependencies ?? {}), key).not.toContain('@electron/remote');
    }
    expect(existsSync(at('node_modules', '@electron', 'remote'))).toBe(false);
  });

  it('is not a dependency in package.json', () => {
    const pkg = JSON.parse(readFileSync(at('package.json'), 'utf8'));
    const all = { ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies };
    expect(Object.keys(all)).not.toContain('@electron/remote');
    expect(Object.keys(all)).not.toContain('electron-remote');
  });

  it('is imported by no source file, and no source enables the remote module', () => {
    const files = sourceFiles(at('src'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/['"]@electron\/remote(\/[^'"]*)?['"]/);
      expect(code, file).not.toMatch(/enableRemoteModule/);
    }
  });
});

describe('<webview>', () => {
  it('no renderer source creates a webview or allows its popups, and no window enables the tag', () => {
    const renderer = sourceFiles(at('src', 'renderer'));
    expect(renderer.length).toBeGreaterThan(10);
    for (const file of renderer) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/<webview\b/i);
      expect(code, file).not.toMatch(/createElement\(\s*['"`]webview['"`]/i);
      expect(code, file).not.toMatch(/\ballowpopups\b/i);
    }
    for (const file of sourceFiles(at('src'))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/webviewTag:\s*true/);
    }
  });
});

describe('Electron', () => {
  it('is pinned to an exact version', () => {
    const pkg = JSON.parse(readFileSync(at('package.json'), 'utf8'));
    expect(pkg.devDependencies?.electron ?? pkg.dependencies?.electron).toMatch(/^\d+\.\d+\.\d+$/);
    const lock = JSON.parse(readFileSync(at('package-lock.json'), 'utf8'));
    expect(lock.packages?.['node_modules/electron']?.version).toBe(pkg.devDependencies?.electron);
  });
});

describe('docs/security.md', () => {
  /** `test/main/x.test.ts › describe › test`; "…" repeats the file (and describe) of the reference before. */
  function references(markdown: string): { file: string; titles: string[] }[] {
    const found: { file: string; titles: string[] }[] = [];
    let previous: { file: string; titles: string[] } | undefined;
    for (const [, text] of markdown.matchAll(/`((?:test\/|…)[^`]*)`/g)) {
      const parts = (text ?? '').split(' › ');
      let file = parts[0] ?? '';
      let titles = parts.slice(1);
      if (file === '…') {
        if (!previous) throw new Error(`"…" with nothing before it: ${text}`);
        file = previous.file;
        titles = [
          ...previous.titles.slice(0, Math.max(0, previous.titles.length - titles.length)),
          ...titles,
        ];
      }
      previous = { file, titles };
      found.push(previous);
    }
    return found;
  }

  it('names only test files and test titles that exist', () => {
    const refs = references(readFileSync(at('docs', 'security.md'), 'utf8'));
    expect(refs.length).toBeGreaterThan(40);
    for (const { file, titles } of refs) {
      expect(existsSync(at(file)), file).toBe(true);
      const source = readFileSync(at(file), 'utf8');
      for (const title of titles) {
        if (title === '…') continue;
        // "%s" in a reference also stands for a template-literal placeholder in the title.
        const pattern = title
          .split('%s')
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('(?:%s|\\$\\{[^}]+\\})');
        expect(new RegExp(pattern).test(source), `${file} › ${title}`).toBe(true);
      }
    }
  });

  it('lists all twenty checklist items, each with a test or a manual step', () => {
    const rows = readFileSync(at('docs', 'security.md'), 'utf8')
      .split('\n')
      .filter((line) => /^\|\s*\d+\s*\|/.test(line));
    expect(rows.map((row) => Number(row.split('|')[1]))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (const row of rows) expect(row, row.slice(0, 60)).toMatch(/`test\/main\/[^`]+\.test\.ts/);
  });
});
