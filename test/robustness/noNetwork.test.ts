// No web request unless the user asks: the same notes, full of links to a local server
// that counts every request, through the CLI and the language server.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { startLinkServer, type LinkServer } from '../unit/external/linkServer';
import { LspClient, repoRoot, removeFolder } from '../lsp/harness';
import { tempFolder } from './lspClient';
import { Requests, type CheckExternalLinksResult } from '../../shared/protocol';

const cli = path.join(repoRoot, 'dist', 'cli.js');

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = ''; let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function notesFor(server: LinkServer): Record<string, string> {
  const o = server.origins[0];
  return {
    'links.md': `# Links\n\n[ok](${o}/ok) [missing](${o}/missing) <${o}/moved> ${o}/gone\n\n[ref]: ${o}/perm\n\n[use][ref] <a href="${o}/found">h</a> ![img](${o}/ok/1)\n`,
    'more.md': `# More\n\n[again](${o}/missing) [frag](${o}/ok#intro) [only here](${o}/ok/2)\n`,
  };
}

describe('robustness: no web request unless asked', function () {
  this.timeout(60_000);
  let server: LinkServer;
  let root: string;
  let cacheDir: string;
  before(async () => {
    server = await startLinkServer();
    root = tempFolder('no-network');
    cacheDir = tempFolder('no-network-cache');
    for (const [name, text] of Object.entries(notesFor(server))) fs.writeFileSync(path.join(root, name), text);
  });
  after(async () => { await server.close(); removeFolder(root); removeFolder(cacheDir); });
  beforeEach(() => server.reset());

  it('the CLI makes none without --external, in every format; --external-* alone is a usage error', async () => {
    for (const format of ['text', 'json', 'sarif']) {
      const r = await runCli(['check', root, '--format', format]);
      assert.equal(r.code, 0, r.stderr);
      // SARIF lists every rule; no result may use one of ours.
      assert.doesNotMatch(format === 'sarif' ? JSON.stringify(JSON.parse(r.stdout).runs[0].results) : r.stdout, /link\.external-/);
    }
    const usage = await runCli(['check', root, '--external-timeout', '100']);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /only applies with --external/);
    await runCli(['concepts', root]);
    assert.deepEqual(server.requests, []);
  });

  it('the CLI with --external checks each page once and reports in text, JSON and SARIF', async () => {
    const text = await runCli(['check', root, '--external', '--no-cache']);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^links\.md:3:\d+ warning link\.external-unreachable Web link unreachable: HTTP 404 /m);
    assert.match(text.stdout, /^more\.md:3:\d+ warning link\.external-unreachable .*HTTP 404/m);
    assert.match(text.stdout, /^links\.md:3:\d+ hint link\.external-redirect .*HTTP 301/m);
    assert.match(text.stdout, /^links\.md:5:\d+ hint link\.external-redirect .*HTTP 308/m);
    assert.match(text.stderr, /Web links: 8 pages checked/);
    const perPath = new Map<string, number>();
    for (const r of server.requests) perPath.set(r.path, (perPath.get(r.path) ?? 0) + 1);
    assert.ok([...perPath.values()].every((n) => n === 1), `each URL asked once: ${JSON.stringify([...perPath])}`);

    const json = JSON.parse((await runCli(['check', root, '--external', '--format', 'json', '--external-cache', cacheDir])).stdout);
    assert.deepEqual(json.diagnostics.map((d: { file: string; code: string }) => `${d.file} ${d.code}`).sort(), [
      'links.md link.external-redirect', 'links.md link.external-redirect', 'links.md link.external-unreachable', 'links.md link.external-unreachable', 'more.md link.external-unreachable',
    ]);
    server.reset();
    const sarif = JSON.parse((await runCli(['check', root, '--external', '--format', 'sarif', '--external-cache', cacheDir])).stdout);
    assert.deepEqual(server.requests, [], 'the second run answers from the cache');
    const rules = sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    assert.ok(rules.includes('link.external-unreachable') && rules.includes('link.external-redirect'));
    assert.equal(sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId.startsWith('link.external')).length, 5);
  });

  it('the language server makes none when notes are opened, edited, hovered or fixed; only the request does, and never when untrusted or off', async () => {
    const untrusted = await LspClient.start(root, { settings: { workspaceTrusted: false, cacheDir } });
    try {
      const refused = await untrusted.request<CheckExternalLinksResult>(Requests.checkExternalLinks, {});
      assert.match(refused.refused ?? '', /untrusted/);
    } finally { await untrusted.stop(); }
    const off = await LspClient.start(root, { settings: { externalLinks: 'off', cacheDir } });
    try {
      assert.match((await off.request<CheckExternalLinksResult>(Requests.checkExternalLinks, {})).refused ?? '', /off/);
    } finally { await off.stop(); }

    const client = await LspClient.start(root, { settings: { cacheDir } });
    try {
      await client.open('links.md');
      await client.change('links.md', client.text('links.md') + `\n[new](${server.origins[0]}/new)\n`);
      const uri = client.uri('links.md');
      const lines = client.text('links.md').split('\n').length;
      for (let line = 0; line < lines; line++) {
        for (let character = 0; character < 60; character += 7) {
          const position = { line, character };
          await client.request('textDocument/hover', client.at('links.md', position));
          await client.request('textDocument/definition', client.at('links.md', position));
        }
      }
      await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } }, context: { diagnostics: [] } });
      await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      await client.waitFor('diagnostics', () => client.diagnostics.get(uri));
      assert.equal(server.requests.length, 0, 'no request before the check was asked for');

      const result = await client.request<CheckExternalLinksResult>(Requests.checkExternalLinks, { uri });
      assert.equal(result.refused, undefined);
      assert.ok(server.requests.length > 0, 'the request does ask');
      assert.equal(result.pages, 8, 'the pages of this note (as edited) only');
      assert.ok(!server.requests.some((r) => r.path === '/ok/2'), 'another note\'s link is not asked');
      assert.ok(server.requests.some((r) => r.path === '/new'), 'the edited text is what is checked');
      await client.waitFor('web-link diagnostics', () => client.diagnostics.get(uri)?.some((d) => d.code === 'link.external-unreachable') || undefined);
      const redirect = client.diagnostics.get(uri)!.find((d) => d.code === 'link.external-redirect')!;
      const actions = await client.request<Array<{ title: string; edit?: unknown }>>('textDocument/codeAction', { textDocument: { uri }, range: redirect.range, context: { diagnostics: [redirect] } });
      assert.ok(actions.some((a) => /^Update the link to http:\/\/127\.0\.0\.1:\d+\/ok$/.test(a.title) && a.edit), JSON.stringify(actions.map((a) => a.title)));
    } finally { await client.stop(); }
  });
});
