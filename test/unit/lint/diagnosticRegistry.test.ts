// The diagnostic code registry (shared/diagnosticCodes.ts) is the one place codes are
// declared: package.json's severity setting, the README's table for users and every code
// the docs name are checked against it, so a code cannot be added or renamed in one place only.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DIAGNOSTIC_CODE_INFOS, DIAGNOSTIC_REGISTRY, FIX_ALL_SAFE_CODES, SEVERITY_SETTING_VALUES, type DiagnosticCodeInfo } from '../../../shared/diagnosticCodes';
import { ALL_DIAGNOSTIC_CODES, DEFAULT_SEVERITIES, DiagnosticCodes } from '../../../shared/protocol';

const repo = path.resolve(__dirname, '../../..');
const read = (relative: string) => fs.readFileSync(path.join(repo, relative), 'utf8');

/** The rows of the README's "Diagnostic codes" table, as registry entries. */
export function readmeTable(readme: string): DiagnosticCodeInfo[] {
  const section = readme.split(/^## /m).find((s) => s.startsWith('Diagnostic codes'));
  assert.ok(section, 'the README has no "## Diagnostic codes" section');
  return section.split('\n').filter((line) => /^\| `/.test(line)).map((line) => {
    const [code, severity, fixAll, description] = line.slice(1, -1).split(' | ').map((cell) => cell.trim());
    return { code: code.replace(/`/g, ''), severity: severity as DiagnosticCodeInfo['severity'], fixAllSafe: fixAll === 'yes', description };
  });
}

/** Backticked names in a document that look like diagnostic codes (`link.no-such-file`). */
export function codesNamedIn(text: string): string[] {
  return [...text.matchAll(/`((?:link|todo|encoding|concept|config)\.[a-z0-9][a-z0-9-]*)`/g)].map((m) => m[1]);
}

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(path.join(repo, dir), { withFileTypes: true }).flatMap((e) => {
    const relative = path.join(dir, e.name);
    return e.isDirectory() ? markdownFiles(relative) : e.name.endsWith('.md') ? [relative] : [];
  });
}

describe('the diagnostic code registry', () => {
  const codes = DIAGNOSTIC_CODE_INFOS.map((i) => i.code);

  it('derives DiagnosticCodes, ALL_DIAGNOSTIC_CODES, DEFAULT_SEVERITIES and the fix-all set', () => {
    assert.equal(new Set(codes).size, codes.length, 'a code is registered twice');
    assert.deepEqual([...ALL_DIAGNOSTIC_CODES], codes);
    assert.deepEqual(Object.keys(DiagnosticCodes), Object.keys(DIAGNOSTIC_REGISTRY));
    assert.equal(DiagnosticCodes.noSuchFile, 'link.no-such-file');
    assert.deepEqual(DEFAULT_SEVERITIES, Object.fromEntries(DIAGNOSTIC_CODE_INFOS.map((i) => [i.code, i.severity])));
    assert.deepEqual([...FIX_ALL_SAFE_CODES].sort(), DIAGNOSTIC_CODE_INFOS.filter((i) => i.fixAllSafe).map((i) => i.code).sort());
    for (const info of DIAGNOSTIC_CODE_INFOS) {
      assert.match(info.code, /^[a-z]+\.[a-z0-9-]+$/, `${info.code}: family.name in lower case`);
      assert.ok(info.description.length > 10 && !info.description.includes('\n'), `${info.code}: a one-line description`);
    }
  });

  it('package.json offers exactly the registered codes in conceptNotes.severity, each with every severity', () => {
    const manifest = JSON.parse(read('package.json'));
    const severity = manifest.contributes.configuration.properties['conceptNotes.severity'];
    assert.deepEqual(Object.keys(severity.properties).sort(), [...codes].sort(), 'conceptNotes.severity.properties must list every registered code and nothing else');
    for (const [code, schema] of Object.entries<{ enum: string[] }>(severity.properties)) {
      assert.deepEqual(schema.enum, [...SEVERITY_SETTING_VALUES], `conceptNotes.severity.${code}`);
    }
  });

  it("the README's table lists every code with its default severity, fix-all and description", () => {
    assert.deepEqual(readmeTable(read('README.md')), DIAGNOSTIC_CODE_INFOS.map(({ code, severity, fixAllSafe, description }) => ({ code, severity, fixAllSafe, description })));
  });

  it('every code the docs name is a registered code', () => {
    const documents = ['README.md', ...markdownFiles('docs'), 'notes/README.md', 'bench/README.md'].filter((f) => fs.existsSync(path.join(repo, f)));
    const unknown = documents.flatMap((f) => codesNamedIn(read(f)).filter((c) => !codes.includes(c)).map((c) => `${f}: ${c}`));
    assert.deepEqual(unknown, []);
  });

  it('the checks see a missing row, a wrong severity and an unknown code', () => {
    const table = '## Diagnostic codes\n\n| Code | Default severity | Fix all | What it reports |\n| --- | --- | --- | --- |\n| `link.no-such-file` | warning | no | Gone. |\n';
    assert.deepEqual(readmeTable(table), [{ code: 'link.no-such-file', severity: 'warning', fixAllSafe: false, description: 'Gone.' }]);
    assert.notDeepEqual(readmeTable(table), DIAGNOSTIC_CODE_INFOS);
    assert.deepEqual(codesNamedIn('see `link.no-such-fil` and `notes.md`'), ['link.no-such-fil']);
  });
});
