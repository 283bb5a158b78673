// Builds the .vsix with `npm run package` and checks what is inside: the manifest, the
// three bundles and the grammars, and nothing a user does not need (no node_modules,
// tests, TypeScript sources, notes or third-party corpora). Installing it into a real
// editor is checked by test/e2e/workbenchUi.mjs.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';
import { readZipEntries, ZipEntry } from './zip';

const repoRoot = path.resolve(__dirname, '..', '..');
const vsix = path.join(repoRoot, 'dist', 'concept-notes.vsix');

/** Everything the .vsix may hold besides the container's own two files. */
const ALLOWED = [
  /^extension\/package\.json$/,
  /^extension\/package\.nls(\.[a-z-]+)?\.json$/, // contribution titles, English and translations
  /^extension\/(readme|changelog)\.md$/i, // vsce lower-cases these
  /^extension\/LICENSE(\.md|\.txt)?$/,
  /^extension\/dist\/(client|server|cli|graph)\.js$/, // graph.js: the graph view's page
  /^extension\/syntaxes\/[^/]+\.json$/,
  /^extension\/l10n\/bundle\.l10n(\.[a-z-]+)?\.json$/, // the client's messages, read by VS Code per display language
  /^extension\/docs\/images\/[^/]+\.png$/, // the README's screenshots, shown in the Extensions view
];
const CONTAINER_FILES = ['[Content_Types].xml', 'extension.vsixmanifest'];

describe('the packaged .vsix', function () {
  this.timeout(180_000);
  let entries: ZipEntry[];
  let names: string[];
  const entry = (name: string) => entries.find((e) => e.name === name);

  before(() => {
    fs.rmSync(vsix, { force: true });
    const result = spawnSync('npm', ['run', 'package'], { cwd: repoRoot, encoding: 'utf8' });
    assert.strictEqual(result.status, 0, `npm run package failed:\n${result.stdout}\n${result.stderr}`);
    entries = readZipEntries(fs.readFileSync(vsix));
    names = entries.map((e) => e.name);
    console.log(`      .vsix entries:\n${names.map((n) => `        ${n}`).join('\n')}`);
  });

  it('has the manifest, the three bundles and the graph page', () => {
    for (const name of ['extension/package.json', 'extension/dist/client.js', 'extension/dist/server.js', 'extension/dist/cli.js', 'extension/dist/graph.js']) {
      assert.ok(entry(name), `${name} is missing`);
    }
  });

  it('has the message bundles the manifest points VS Code to', () => {
    const manifest = JSON.parse(entry('extension/package.json')!.read().toString('utf8'));
    assert.equal(manifest.l10n, './l10n');
    for (const name of ['extension/l10n/bundle.l10n.json', 'extension/l10n/bundle.l10n.zh-cn.json']) {
      assert.ok(entry(name), `${name} is missing`);
      assert.equal(typeof JSON.parse(entry(name)!.read().toString('utf8')), 'object', `${name} is not JSON`);
    }
  });

  it('has the TextMate grammars', () => {
    assert.ok(names.some((n) => n.startsWith('extension/syntaxes/')), 'no extension/syntaxes/* entry');
  });

  it('has no node_modules, tests, TypeScript sources, source maps, notes or corpora', () => {
    const forbidden = names.filter((n) =>
      /(^|\/)node_modules\//.test(n) ||
      /^extension\/(test|out|client|server|shared|bench|notes|scripts|\.cache)\//.test(n) ||
      /\.(ts|map)$/.test(n) ||
      /corpora/.test(n));
    assert.deepStrictEqual(forbidden, []);
  });

  it('holds nothing outside the allow-list', () => {
    const unexpected = names.filter((n) => !CONTAINER_FILES.includes(n) && !ALLOWED.some((pattern) => pattern.test(n)));
    assert.deepStrictEqual(unexpected, []);
  });

  it('declares an entry point that is in the package and an engine VS Code 1.100 satisfies', () => {
    const manifest = JSON.parse(entry('extension/package.json')!.read().toString('utf8'));
    assert.ok(entry(path.posix.join('extension', manifest.main)), `main ${manifest.main} is not in the package`);
    const engine = /^\^1\.(\d+)\.\d+$/.exec(manifest.engines.vscode);
    assert.ok(engine && Number(engine[1]) <= 100, `engines.vscode ${manifest.engines.vscode} is not satisfiable by VS Code 1.100.3`);
  });

  it('bundles need nothing from node_modules at run time', () => {
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    for (const bundle of ['client', 'server', 'cli', 'graph']) {
      const source = entry(`extension/dist/${bundle}.js`)!.read().toString('utf8');
      const required = [...source.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
      const external = [...new Set(required.filter((id) => !builtins.has(id) && !(bundle === 'client' && id === 'vscode')))];
      assert.deepStrictEqual(external, [], `dist/${bundle}.js requires modules that are not in the .vsix`);
    }
  });
});
