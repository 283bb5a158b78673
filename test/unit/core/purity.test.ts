import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const SERVER = path.resolve(__dirname, '../../../server/src');
const CORE = path.join(SERVER, 'core');

/** Every module specifier a file imports or requires (static, dynamic, re-exports). */
function specifiers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]|\b(?:require|import)\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    out.push(m[1] ?? m[2] ?? m[3]);
  }
  return out;
}

/**
 * Why a specifier is not allowed in the core, or undefined. The core is a plain library:
 * no editor or LSP packages, no Node built-ins (files, network, processes come in through
 * IWorkspace and friends), and nothing from the layers built on it (lsp/, cli/, node/, server, cli).
 */
function forbidden(fromFile: string, spec: string): string | undefined {
  if (/^(vscode|vscode-languageserver|vscode-languageclient|vscode-jsonrpc)(\/|$)/.test(spec)) return 'an editor/LSP package';
  if (spec.startsWith('node:')) return 'a Node built-in';
  const builtins = ['fs', 'fs/promises', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'tls', 'url', 'util', 'zlib', 'worker_threads', 'stream', 'events', 'dns', 'process', 'buffer'];
  if (builtins.includes(spec)) return 'a Node built-in';
  if (spec.startsWith('.')) {
    const target = path.resolve(path.dirname(fromFile), spec);
    const rel = path.relative(SERVER, target).split(path.sep).join('/');
    if (!rel.startsWith('..') && !rel.startsWith('core/') && rel !== 'core') return `server/src/${rel}, outside the core`;
  }
  return undefined;
}

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

function offenders(file: string, text: string): string[] {
  return specifiers(text).flatMap((spec) => {
    const why = forbidden(file, spec);
    return why ? [`${path.relative(CORE, file)} imports '${spec}' (${why})`] : [];
  });
}

describe('core purity', () => {
  it('nothing under server/src/core imports vscode, LSP packages, node:* / Node built-ins, or lsp/, cli/, node/', () => {
    const files = sources(CORE);
    assert.ok(files.length > 10, 'the core sources were not found');
    assert.deepEqual(files.flatMap((f) => offenders(f, fs.readFileSync(f, 'utf8'))), []);
  });

  it('the check itself catches each kind of forbidden import', () => {
    const inCore = path.join(CORE, 'features', 'x.ts');
    const caught = (line: string) => offenders(inCore, line).length > 0;
    assert.ok(caught("import * as vscode from 'vscode';"));
    assert.ok(caught("import { Connection } from 'vscode-languageserver/node';"));
    assert.ok(caught("import * as fs from 'node:fs';"));
    assert.ok(caught("import { readFile } from 'fs/promises';"));
    assert.ok(caught("const cp = require('node:child_process');"));
    assert.ok(caught("import { toLspDiagnostic } from '../../lsp/convert';"));
    assert.ok(caught("export { parseArgs } from '../../cli/args';"));
    assert.ok(caught("import { FsWorkspace } from '../../node/fsWorkspace';"));
    assert.ok(caught("import type { X } from '../../server';"));
    assert.ok(!caught("import { URI } from 'vscode-uri';"));
    assert.ok(!caught("import { LineIndex } from '../text/lineIndex';"));
    assert.ok(!caught("import { DEFAULT_SETTINGS } from '../../../../shared/protocol';"));
    assert.ok(!caught("import * as l10n from '@vscode/l10n';"));
  });
});
