// package.json `contributes` as the client relies on it: every command is declared,
// toggles exclude each other, and writing commands stay off in untrusted workspaces.
import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const nls: Record<string, string> = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.nls.json'), 'utf8'));
const commands: Array<{ command: string; category?: string; enablement?: string }> = pkg.contributes.commands;
const viewTitle: Array<{ command: string; when: string }> = pkg.contributes.menus['view/title'];

describe('package.json contributions of the client', () => {
  it('declares every command the client registers, in the Concept Notes category', () => {
    const clientSources = ['client/src/commands.ts', 'shared/protocol.ts'].map((f) => fs.readFileSync(path.join(repoRoot, f), 'utf8')).join('\n');
    // View ids and context keys share the prefix; every other id is a command.
    const views = new Set<string>(Object.values(pkg.contributes.views).flat().map((v) => (v as { id: string }).id));
    const ids = [...clientSources.matchAll(/'(conceptNotes\.[A-Za-z]+)'/g)].map((m) => m[1])
      .filter((id) => !views.has(id) && id !== 'conceptNotes.conceptsOrder');
    assert.ok(ids.includes('conceptNotes.findConcept') && ids.includes('conceptNotes.openConceptsReport'), ids.join(', '));
    for (const id of ids) {
      const declared = commands.find((c) => c.command === id);
      assert.ok(declared, `${id} is not in contributes.commands`);
      assert.equal(nls[declared.category?.replace(/^%(.*)%$/, '$1') ?? ''], 'Concept Notes', id);
    }
  });

  it('shows exactly one of the two Concepts order toggles for any value of the context key', () => {
    const byTopic = viewTitle.find((m) => m.command === 'conceptNotes.showConceptsByTopic');
    const alphabetical = viewTitle.find((m) => m.command === 'conceptNotes.showConceptsAlphabetically');
    assert.ok(byTopic && alphabetical);
    assert.match(byTopic.when, /conceptNotes\.conceptsOrder != byTopic/);
    assert.match(alphabetical.when, /conceptNotes\.conceptsOrder == byTopic/);
  });

  it('limits untrusted workspaces and disables the command that edits notes there', () => {
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    const repair = commands.find((c) => c.command === 'conceptNotes.repairEncoding');
    assert.equal(repair?.enablement, 'isWorkspaceTrusted');
    const palette: Array<{ command: string; when: string }> = pkg.contributes.menus.commandPalette;
    assert.match(palette.find((m) => m.command === 'conceptNotes.repairEncoding')?.when ?? '', /isWorkspaceTrusted/);
  });

  it('keeps Check External Links (the one command that makes web requests) off in untrusted workspaces', () => {
    const check = commands.find((c) => c.command === 'conceptNotes.checkExternalLinks');
    assert.equal(check?.enablement, 'isWorkspaceTrusted');
    const palette: Array<{ command: string; when: string }> = pkg.contributes.menus.commandPalette;
    assert.match(palette.find((m) => m.command === 'conceptNotes.checkExternalLinks')?.when ?? '', /isWorkspaceTrusted/);
    assert.equal(pkg.contributes.configuration.properties['conceptNotes.externalLinks']?.default, 'onCommand');
  });

  it('resolves every %key% of package.json in English and Chinese', () => {
    const keys = [...fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.includes('command.checkExternalLinks'), keys.join(', '));
    for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
      const bundle = JSON.parse(fs.readFileSync(path.join(repoRoot, file), 'utf8'));
      for (const key of keys) assert.ok(typeof bundle[key] === 'string' && bundle[key] !== '', `${key} is missing from ${file}`);
    }
  });

  it('types the revealActiveNote setting as a boolean that defaults to on', () => {
    const setting = pkg.contributes.configuration.properties['conceptNotes.revealActiveNote'];
    assert.deepEqual({ type: setting?.type, default: setting?.default }, { type: 'boolean', default: true });
  });

  it('keeps the unit-tested client modules free of the vscode module', () => {
    for (const file of ['restartPolicy.ts', 'conceptPicks.ts', 'views/conceptGrouping.ts', 'report/conceptsReport.ts']) {
      const text = fs.readFileSync(path.join(repoRoot, 'client', 'src', file), 'utf8');
      assert.doesNotMatch(text, /from 'vscode'|require\('vscode'\)/, file);
    }
  });
});
