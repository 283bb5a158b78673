// Security: links never make the server read outside the workspace roots; hovers quote
// notes without live HTML or command: links; the client does not trust hover Markdown;
// the bundles have no network client outside the one module that checks web links on request.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import { URI } from 'vscode-uri';
import { createNoteService, InMemoryWorkspace } from '../../server/src/core';
import { silentLogger } from '../../server/src/core/workspace';
import { FsWorkspace } from '../../server/src/node/fsWorkspace';
import { repoRoot, removeFolder } from '../lsp/harness';
import { tempFolder } from './lspClient';
import { parser } from './snapshot';
import { RecordingWorkspace } from './workspaces';
import { codeSpan, isSafeDestination, neutralizeUntrustedMarkdown } from '../../server/src/core/features/untrustedMarkdown';

const SECRET = 'TOP-SECRET-OUTSIDE';

/** Link targets that try to leave the workspace; `OUT` is the sibling folder's name. */
function escapingTargets(out: string): string[] {
  return [
    '../../../etc/passwd', '/etc/passwd', 'file:///etc/passwd', `../${out}/secret.md`, `../${out}/secret`,
    `..%2f${out}%2fsecret.md`, `..%2F..%2F..%2Fetc%2Fpasswd`, `%2e%2e/${out}/secret.md`, `%2e%2e%2f%2e%2e%2fetc/passwd`,
    `%252e%252e/${out}/secret.md`, `..\\${out}\\secret.md`, `/../${out}/secret.md`, `/%2e%2e/${out}/secret.md`,
    `sub/../../${out}/secret.md`, `./../${out}/`, `../${out}`, `//etc/passwd`, `\\\\server\\share\\x.md`, 'C:\\Windows\\win.ini',
    `....//${out}/secret.md`, `..%c0%af${out}/secret.md`, `<../${out}/secret.md>`,
  ];
}

function hostileNote(out: string): string {
  const targets = escapingTargets(out);
  return [
    '# Hostile',
    '',
    ...targets.map((t, i) => `- [t${i}](${t}) [[${t.replace(/[<>]/g, '')}]] ![i${i}](${t})`),
    '',
    ...targets.map((t, i) => `<a href="${t}">h${i}</a> <img src="${t}">`),
    '',
    ...targets.map((t, i) => `[r${i}]: ${t}`),
    '',
    targets.map((_, i) => `[use ${i}][r${i}]`).join(' '),
    '',
  ].join('\n');
}

describe('robustness: security', function () {
  this.timeout(60_000);

  describe('reads stay inside the workspace', () => {
    let parent: string;
    let root: string;
    let outsideName: string;
    before(() => {
      parent = tempFolder('security');
      root = path.join(parent, 'ws');
      outsideName = 'outside';
      fs.mkdirSync(path.join(root, 'sub'), { recursive: true });
      fs.mkdirSync(path.join(parent, outsideName));
      fs.writeFileSync(path.join(parent, outsideName, 'secret.md'), `# Secret\n\n${SECRET}\n`);
      fs.writeFileSync(path.join(root, 'hostile.md'), hostileNote(outsideName));
      fs.writeFileSync(path.join(root, 'sub', 'deep.md'), hostileNote(outsideName).replace('# Hostile', '# Deep'));
      fs.writeFileSync(path.join(root, 'ok.md'), '# Ok\n\n[h](hostile.md) [d](sub/deep.md)\n');
    });
    after(() => removeFolder(parent));

    it('never reads or stats a path outside the roots: indexing, diagnostics, hover, definition, completion, references, rename', async () => {
      const recording = new RecordingWorkspace(new FsWorkspace([root], { exclude: [], logger: silentLogger }));
      const service = createNoteService(recording, parser, silentLogger);
      await service.indexWorkspace();
      let hovers = 0;
      for (const rel of ['hostile.md', 'sub/deep.md']) {
        const uri = URI.file(path.join(root, rel)).toString();
        await service.diagnostics(uri);
        const lines = service.getNote(uri)!.text.split('\n');
        for (let line = 0; line < lines.length; line++) {
          for (let character = 0; character <= lines[line].length; character += 2) {
            const pos = { line, character };
            const hover = await service.hover(uri, pos);
            if (hover) hovers++;
            assert.doesNotMatch(hover?.markdown ?? '', new RegExp(SECRET), `hover at ${line}:${character}`);
            await service.definition(uri, pos);
            if (character % 6 === 0) {
              await service.completion(uri, pos);
              await service.references(uri, pos);
              await service.prepareRename(uri, pos);
            }
          }
        }
      }
      assert.ok(hovers > 100, `hovers were exercised (${hovers})`);
      const rootPath = URI.file(root).path;
      const outside = recording.touched.filter((t) => {
        const p = URI.parse(t.uri).path;
        return URI.parse(t.uri).scheme !== 'file' || !(p === rootPath || p.startsWith(rootPath + '/')) || p.split('/').includes('..');
      });
      assert.deepEqual(outside, [], 'every read and stat stays under the workspace root');
      assert.ok(recording.touched.length > 10, 'the recorder saw the reads');
    });

    it('lets the disk workspace refuse URIs that name a place outside, however they are spelled', async () => {
      const workspace = new FsWorkspace([root], { exclude: [], logger: silentLogger });
      const rootUri = URI.file(root).toString();
      const spellings = ['file:///etc/passwd', `${rootUri}/../${outsideName}/secret.md`, `${rootUri}/%2e%2e/${outsideName}/secret.md`,
        `${rootUri}/sub/%2E%2E/%2E%2E/${outsideName}/secret.md`, URI.file(path.join(parent, outsideName, 'secret.md')).toString()];
      for (const uri of spellings) {
        assert.equal(await workspace.readFile(uri), undefined, uri);
        assert.equal(await workspace.stat(uri), undefined, uri);
      }
      assert.ok(await workspace.readFile(URI.file(path.join(root, 'ok.md')).toString()), 'a note inside is read');
    });
  });

  describe('hovers quote notes inertly', () => {
    const md = new MarkdownIt({ html: true, linkify: true });
    /** What a renderer that allows HTML would make of the hover. */
    function assertInert(markdown: string, what: string): void {
      const html = md.render(markdown);
      assert.doesNotMatch(html, /href="\s*command:/i, `${what}: an active command: link in ${html}`);
      assert.doesNotMatch(html, /<(script|img|iframe)\b|<[a-z][^>]*\son\w+\s*=/i, `${what}: live HTML in ${html}`);
      assert.doesNotMatch(html, /href="\s*(javascript|vbscript|data):/i, `${what}: a script link in ${html}`);
    }
    const payloads = [
      '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '[x](command:workbench.action.quit)',
      '[x]( command:workbench.action.quit "t")', '[x](<command:workbench.action.quit>)', '<command:workbench.action.quit>',
      '[x](command&#58;workbench.action.quit)', '[x](command&colon;workbench.action.quit)', '[x](comm\\and:workbench.action.quit)',
      '[x](\ncommand:workbench.action.quit)', '[x][cmd]\n\n[cmd]: command:workbench.action.quit', '[x](javascript:alert(1))',
      '<a href="command:workbench.action.quit">x</a>', '`code` <iframe src=x>',
    ];

    it('neutralizes raw HTML and command: links in concept and link-preview hovers', async () => {
      for (const payload of payloads) {
        const definition = `**危险词**：一个解释 ${payload} 结束。`;
        const workspace = new InMemoryWorkspace('file:///ws', {
          'def.md': `# Def\n\n${definition}\n`,
          'use.md': '# Use\n\n危险词 appears here. [see](target.md)\n',
          'target.md': `# Target\n\n${payload}\n\nmore ${payload}\n`,
        });
        const service = createNoteService(workspace, parser, silentLogger);
        await service.indexWorkspace();
        const concept = await service.hover(workspace.uri('use.md'), { line: 2, character: 1 });
        assert.ok(concept, `a concept hover for ${payload}`);
        assertInert(concept.markdown, `concept hover for ${JSON.stringify(payload)}`);
        const preview = await service.hover(workspace.uri('use.md'), { line: 2, character: 22 });
        assert.match(preview?.markdown ?? '', /Target/, 'a link-preview hover');
        assertInert(preview!.markdown, `link preview for ${JSON.stringify(payload)}`);
      }
    });

    it('keeps ordinary links and code in hovers', () => {
      const text = 'See [docs](https://example.com/a), [b](other.md#x), `a <b>` and\n\n```\n<div>code</div>\n```';
      const out = neutralizeUntrustedMarkdown(text);
      assert.match(out, /\[docs\]\(https:\/\/example\.com\/a\)/);
      assert.match(out, /\[b\]\(other\.md#x\)/);
      assert.match(out, /`a <b>`/);
      assert.match(out, /<div>code<\/div>/);
      assert.equal(isSafeDestination('command:x'), false);
      assert.equal(isSafeDestination('../a/b.md'), true);
      assert.equal(md.render(codeSpan('a`<img src=x onerror=1>`b')).includes('<img'), false);
    });

    it('never puts a hostile link target or file name into a hover as live Markdown', async () => {
      const workspace = new InMemoryWorkspace('file:///ws', {
        'a.md': '# A\n\n[x](no`<img/src=x/onerror=alert(1)>`.md) [y][no`<script>`] [z](b.md#`<img/src=x/onerror=1>`)\n',
        'b.md': '# B\n',
      });
      const service = createNoteService(workspace, parser, silentLogger);
      await service.indexWorkspace();
      for (const character of [3, 45, 62]) {
        const hover = await service.hover(workspace.uri('a.md'), { line: 2, character });
        if (hover) assertInert(hover.markdown, `hover at ${character}`);
      }
    });
  });

  it('the client does not mark hover Markdown trusted or allow HTML', () => {
    const source = fs.readFileSync(path.join(repoRoot, 'client', 'src', 'client.ts'), 'utf8');
    const options = /markdown:\s*\{([^}]*)\}/.exec(source);
    if (options) {
      assert.doesNotMatch(options[1], /isTrusted:\s*(true|\{)/, 'markdown.isTrusted must stay off');
      assert.doesNotMatch(options[1], /supportHtml:\s*true/, 'markdown.supportHtml must stay off');
    }
    for (const file of fs.readdirSync(path.join(repoRoot, 'client', 'src'), { recursive: true }) as string[]) {
      if (!file.endsWith('.ts')) continue;
      const text = fs.readFileSync(path.join(repoRoot, 'client', 'src', file), 'utf8');
      assert.doesNotMatch(text, /isTrusted\s*[:=]\s*(true|\{)/, `${file} trusts Markdown`);
      assert.doesNotMatch(text, /supportHtml\s*[:=]\s*true/, `${file} allows HTML in Markdown`);
    }
  });

  it('the server and CLI bundles load a network client in exactly one module, the web-link checker\'s', () => {
    const NETWORK_MODULE = 'server/src/node/httpClient.ts';
    const network = ['http', 'https', 'http2', 'dgram', 'tls', 'dns', 'undici'];
    for (const bundle of ['server.js', 'cli.js']) {
      const file = path.join(repoRoot, 'dist', bundle);
      assert.ok(fs.existsSync(file), `dist/${bundle} is missing: run \`npm run build\``);
      const text = fs.readFileSync(file, 'utf8');
      // esbuild heads each module with `// <path>`: every network require must sit under the one allowed module.
      // `net` is allowed only as vscode-jsonrpc's local pipe / socket transport (`--pipe`, `--socket`).
      const loaders = new Set<string>();
      let module = '';
      text.split('\n').forEach((line, i) => {
        if (line.startsWith('// ')) module = line.slice(3);
        for (const mod of network) {
          if (new RegExp(`require\\(["'](node:)?${mod}["']\\)|from ["'](node:)?${mod}["']`).test(line)) {
            assert.equal(module, NETWORK_MODULE, `dist/${bundle}:${i + 1} loads ${mod} in ${module || 'an unknown module'}`);
            loaders.add(mod);
          }
        }
        // @vscode/l10n can fetch a translation bundle from a URI; we hand it the bundle's contents, never a URI.
        if (/(^|[^\w.$])fetch\s*\(|XMLHttpRequest|new WebSocket|EventSource\(/.test(line) && module !== 'node_modules/@vscode/l10n/dist/main.js') {
          assert.fail(`dist/${bundle}:${i + 1} makes web requests in ${module || 'an unknown module'}`);
        }
        if (/require\(["'](node:)?net["']\)/.test(line)) {
          assert.match(module, /^node_modules\/vscode-jsonrpc\/lib\/node\/main\.js$/, `dist/${bundle}:${i + 1} loads net in ${module || 'an unknown module'}`);
        }
      });
      // The check sees the one allowed module, so it would see any other.
      assert.deepEqual([...loaders].sort(), ['http', 'https'], `dist/${bundle}: the web-link client's requires were not found`);
    }
  });
});
