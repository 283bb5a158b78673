import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const CORE = path.resolve(__dirname, '../../../server/src/core');
const FORBIDDEN = /from\s+['"](vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*)['"]|require\(\s*['"](vscode|vscode-languageserver[^'"]*)['"]\s*\)/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

describe('core purity', () => {
  it('nothing under server/src/core imports vscode or vscode-languageserver', () => {
    const files = sources(CORE);
    assert.ok(files.length > 10, 'the core sources were not found');
    const offenders = files.filter((f) => FORBIDDEN.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(CORE, f));
    assert.deepEqual(offenders, []);
  });
  it('the check itself catches a forbidden import', () => {
    assert.ok(FORBIDDEN.test("import * as vscode from 'vscode';"));
    assert.ok(FORBIDDEN.test("import { Connection } from 'vscode-languageserver/node';"));
    assert.ok(!FORBIDDEN.test("import { URI } from 'vscode-uri';"));
  });
});
