#!/usr/bin/env node
// `npm run security:electronegativity` (and .ci/run after lint): runs @doyensec/electronegativity over src/ and,
// when built, out/; prints every finding; exits 1 if any finding of MEDIUM or higher severity is not accepted
// in docs/security.md, section "Accepted electronegativity findings" (a table: rule, file, at most, why).
// Electronegativity itself always exits 0, hence this wrapper.
//
// Options (for tests): --root DIR (project, default: this repository), --docs FILE (default: DIR/docs/security.md),
// --targets a,b (folders under DIR, default: src,out).
//
// Two adjustments make the tool usable here, both confined to this process:
//   - Offline: electronegativity fetches translations and Electron's release list over the network at run
//     time. Its HTTP client is replaced by one that answers 404 at once, and the one check that needs the
//     release list (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK) is excluded; docs/security.md covers "use a current
//     Electron" by hand.
//   - TypeScript: its parser (@typescript-eslint/typescript-estree 4) is hoisted next to this project's
//     TypeScript 7, whose JavaScript API it cannot use; it is pointed at the TypeScript 4.2 electronegativity
//     ships with.
import { existsSync, readFileSync, statSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SEVERITY_ORDER = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];
const FAIL_AT = 'MEDIUM';
const EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck'];
const ACCEPTED_HEADING = /^##\s+Accepted electronegativity findings\s*$/i;

/** This repository: where electronegativity is installed, whatever --root is scanned. */
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const options = { root: REPO, docs: undefined, targets: ['src', 'out'] };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--root' && value) options.root = path.resolve(value);
    else if (flag === '--docs' && value) options.docs = path.resolve(value);
    else if (flag === '--targets' && value) options.targets = value.split(',').filter(Boolean);
    else throw new Error(`unknown or incomplete option: ${flag}`);
    i++;
  }
  options.docs ??= path.join(options.root, 'docs', 'security.md');
  return options;
}

/**
 * The rows of the "Accepted electronegativity findings" table: `RULE_ID` | `path/from/root` | at most | why.
 * The path may hold `*` (any characters but "/"), for bundles whose names carry a content hash; "at most" is
 * how many findings of that rule the file may have, or `any` (for third-party code bundled into out/). A row
 * without a reason is an error: an acceptance must say why.
 */
export function parseAccepted(markdown) {
  const accepted = [];
  let inSection = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (/^##\s/.test(line)) {
      inSection = ACCEPTED_HEADING.test(line);
      continue;
    }
    if (!inSection || !line.trim().startsWith('|')) continue;
    const cells = line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((cell) => cell.trim().replace(/^`|`$/g, ''));
    const [rule, file, atMost, why] = cells;
    if (!rule || !/^[A-Z][A-Z0-9_]+$/.test(rule)) continue; // header or separator row
    const max = atMost === 'any' ? Number.POSITIVE_INFINITY : Number(atMost);
    if (!file || !(Number.isInteger(max) || max === Number.POSITIVE_INFINITY) || max < 1 || !why) {
      throw new Error(`docs/security.md: incomplete acceptance row for ${rule}: "${line.trim()}"`);
    }
    const pattern = new RegExp(
      `^${file
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*')}$`,
    );
    accepted.push({ rule, file, pattern, max, why });
  }
  return accepted;
}

function loadElectronegativity() {
  const require = createRequire(path.join(REPO, 'package.json'));
  const packageDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const ownTypeScript = createRequire(path.join(packageDir, 'package.json')).resolve('typescript');
  const originalLoad = Module._load;
  Module._load = function load(request, parent, isMain) {
    const from = parent?.filename ?? '';
    if (request === 'typescript' && from.includes(`${path.sep}@typescript-eslint${path.sep}`)) {
      return originalLoad.call(this, ownTypeScript, parent, isMain);
    }
    if (request === 'got' && from.startsWith(packageDir)) {
      return async () => ({ statusCode: 404, body: '' });
    }
    return originalLoad.call(this, request, parent, isMain);
  };
  // Its messages are looked up by locale; the English ones ship with it.
  process.env.LANG = 'en-US';
  return require(path.join(packageDir, 'dist', 'runner.js'));
}

function electronVersion(root) {
  try {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    const range = pkg.devDependencies?.electron ?? pkg.dependencies?.electron;
    return /\d+\.\d+\.\d+/.exec(range ?? '')?.[0];
  } catch {
    return undefined;
  }
}

const toPosix = (p) => p.split(path.sep).join('/');

async function scan(run, root, target, version) {
  const input = path.join(root, target);
  const result = await run(
    {
      input,
      customScan: [],
      excludeFromScan: EXCLUDED_CHECKS,
      isRelative: false,
      electronVersionOverride: version,
      parserPlugins: [],
    },
    false,
  );
  // Global checks (a missing CSP, handler or guard anywhere in the target) report the file "N/A".
  const rel = (file) =>
    file === 'N/A'
      ? `${target}/(global)`
      : toPosix(path.relative(root, path.isAbsolute(file) ? file : path.join(input, file)));
  return {
    issues: result.issues.map((issue) => ({
      rule: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: rel(issue.file),
      line: issue.location?.line ?? 0,
      column: issue.location?.column ?? 0,
      description: issue.description,
      manualReview: Boolean(issue.manualReview),
    })),
    errors: result.errors.map((error) => ({ ...error, file: rel(error.file) })),
  };
}

/** Marks each finding accepted or failing; returns the findings and the acceptance rows that matched nothing. */
export function classify(findings, accepted) {
  const failAt = SEVERITY_ORDER.indexOf(FAIL_AT);
  const counts = new Map();
  for (const finding of findings) {
    const key = `${finding.rule} ${finding.file}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const used = new Set();
  const classified = findings.map((finding) => {
    if (SEVERITY_ORDER.indexOf(finding.severity) < failAt) return { ...finding, status: 'below threshold' };
    const row = accepted.find((a) => a.rule === finding.rule && a.pattern.test(finding.file));
    if (!row) return { ...finding, status: 'FAIL' };
    used.add(row);
    const count = counts.get(`${finding.rule} ${finding.file}`) ?? 0;
    if (count > row.max) return { ...finding, status: `FAIL (${count} found, ${row.max} accepted)` };
    return { ...finding, status: 'accepted' };
  });
  return { classified, unused: accepted.filter((row) => !used.has(row)) };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const accepted = existsSync(options.docs) ? parseAccepted(readFileSync(options.docs, 'utf8')) : [];
  const run = loadElectronegativity();
  const version = electronVersion(options.root);

  const findings = [];
  const errors = [];
  const scanned = [];
  for (const target of options.targets) {
    const dir = path.join(options.root, target);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      console.log(`electronegativity: ${target}/ is absent (not built?), skipped`);
      continue;
    }
    const result = await scan(run, options.root, target, version);
    findings.push(...result.issues);
    errors.push(...result.errors);
    scanned.push(`${target}/`);
  }
  if (scanned.length === 0) {
    console.error('electronegativity: nothing to scan');
    process.exit(2);
  }

  const { classified, unused } = classify(findings, accepted);
  classified.sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(b.severity) - SEVERITY_ORDER.indexOf(a.severity) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line,
  );
  console.log(
    `electronegativity over ${scanned.join(', ')} (Electron ${version ?? 'unknown'}): ${classified.length} finding(s)`,
  );
  for (const f of classified) {
    console.log(
      `  ${f.status.padEnd(16)} ${f.severity.padEnd(13)} ${f.confidence.padEnd(9)} ${f.rule}  ${f.file}:${f.line}:${f.column}` +
        `${f.manualReview ? '  (review)' : ''}\n      ${f.description}`,
    );
  }
  for (const row of unused) {
    console.log(
      `  note: accepted ${row.rule} in ${row.file} did not occur in this run (remove the row if it is gone for good)`,
    );
  }

  // A file the tool could not parse was not checked. Our sources must be; a bundle in out/ that its old parser
  // cannot read is reported, its sources having been scanned under src/.
  const blocking = errors.filter((e) => !e.tolerable && !e.file.startsWith('out/'));
  for (const e of errors) {
    const level = blocking.includes(e) ? 'ERROR' : 'warning';
    console.log(`  ${level}: not analysed: ${e.file}: ${e.message}`);
  }

  const failing = classified.filter((f) => f.status.startsWith('FAIL'));
  if (failing.length > 0 || blocking.length > 0) {
    console.log(
      `electronegativity: ${failing.length} finding(s) of ${FAIL_AT} or higher not accepted in docs/security.md` +
        (blocking.length > 0 ? `, ${blocking.length} source file(s) not analysed` : ''),
    );
    process.exit(1);
  }
  console.log(`electronegativity: no unaccepted finding of ${FAIL_AT} or higher`);
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  main().catch((error) => {
    console.error(`electronegativity: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(2);
  });
}
