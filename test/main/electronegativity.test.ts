import { spawnSync } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * scripts/electronegativity.mjs on a tiny Electron project: electronegativity itself exits 0 whatever it
 * finds, so these check that the wrapper fails on an unaccepted MEDIUM finding and honours docs/security.md.
 * (CI runs the same script over this project's src/ and out/ right after lint.)
 */

const script = fileURLToPath(new URL('../../scripts/electronegativity.mjs', import.meta.url));
let project: string;

/** Main code that passes electronegativity's global checks, plus one openExternal call per `opens`. */
async function makeProject(opens: number, accepted: string | null) {
  await fsp.rm(path.join(project, 'src'), { recursive: true, force: true });
  await fsp.rm(path.join(project, 'docs'), { recursive: true, force: true });
  await fsp.mkdir(path.join(project, 'src'), { recursive: true });
  await fsp.writeFile(
    path.join(project, 'src', 'main.js'),
    [
      "const { app, session, shell } = require('electron');",
      "app.on('web-contents-created', (_event, contents) => {",
      "  contents.on('will-navigate', (event) => event.preventDefault());",
      "  contents.setWindowOpenHandler(() => ({ action: 'deny' }));",
      '});',
      'session.defaultSession.setPermissionRequestHandler((_c, _p, callback) => callback(false));',
      ...Array.from(
        { length: opens },
        (_, i) => `function open${i}(url) { return shell.openExternal(url); }`,
      ),
      '',
    ].join('\n'),
  );
  await fsp.writeFile(
    path.join(project, 'src', 'index.html'),
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'" /></head><body></body></html>\n`,
  );
  if (accepted !== null) {
    await fsp.mkdir(path.join(project, 'docs'));
    await fsp.writeFile(path.join(project, 'docs', 'security.md'), accepted);
  }
}

function run() {
  const result = spawnSync(process.execPath, [script, '--root', project, '--targets', 'src'], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const table = (atMost: string, why = 'Only https URLs, checked by externalUrl.') =>
  [
    '# Security',
    '',
    '## Accepted electronegativity findings',
    '',
    '| Rule | File | At most | Why |',
    '| --- | --- | --- | --- |',
    `| \`OPEN_EXTERNAL_JS_CHECK\` | \`src/main.js\` | ${atMost} | ${why} |`,
    '',
    '## Another section',
    '',
    '| `AUXCLICK_JS_CHECK` | `src/elsewhere.js` | 1 | rows outside the section are ignored |',
    '',
  ].join('\n');

beforeAll(async () => {
  project = await fsp.mkdtemp(path.join(tmpdir(), 'spanlight-electronegativity-'));
  await fsp.writeFile(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'fixture', devDependencies: { electron: '45.5.0' } }),
  );
});
afterAll(async () => {
  await fsp.rm(project, { recursive: true, force: true });
});

describe('scripts/electronegativity.mjs', { timeout: 120_000 }, () => {
  it('fails on a MEDIUM finding that docs/security.md does not accept, naming it', async () => {
    await makeProject(1, null);
    const { status, output } = run();
    expect(output).toMatch(/FAIL\s+MEDIUM\s+\S+\s+OPEN_EXTERNAL_JS_CHECK\s+src\/main\.js:7:/);
    expect(output).toContain('1 finding(s) of MEDIUM or higher not accepted');
    expect(status).toBe(1);
  });

  it('passes when the finding is accepted, printing it and the LOW ones anyway', async () => {
    await makeProject(1, table('1'));
    const { status, output } = run();
    expect(output).toMatch(/accepted\s+MEDIUM\s+\S+\s+OPEN_EXTERNAL_JS_CHECK/);
    expect(output).toMatch(/below threshold\s+LOW/);
    expect(output).toContain('no unaccepted finding of MEDIUM or higher');
    expect(status).toBe(0);
  });

  it('fails when a file has more findings of an accepted rule than accepted', async () => {
    await makeProject(2, table('1'));
    const { status, output } = run();
    expect(output).toContain('FAIL (2 found, 1 accepted)');
    expect(status).toBe(1);
  });

  it('refuses an acceptance without a reason', async () => {
    await makeProject(1, table('1', ''));
    const { status, output } = run();
    expect(output).toContain('incomplete acceptance row for OPEN_EXTERNAL_JS_CHECK');
    expect(status).toBe(2);
  });
});
