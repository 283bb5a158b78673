// Entry point the extension host loads (extensionTestsPath). esbuild bundles this file
// with the tests, so the test files are pulled in with require() *after* mocha has
// defined its BDD globals; a top-level import would run them before `describe` exists.
// CONCEPT_NOTES_E2E_PASS (set by runTest.mjs) says which folder is open and so which
// tests apply: `fixture` (a scratch copy of the fixture workspace) or `notes`.
import Mocha from 'mocha';

function loadFixtureTests(): void {
  require('./concepts.test');
  require('./diagnostics.test');
  require('./topicTree.test');
  require('./statusAndCommands.test');
  require('./conceptsView.test');
  require('./conceptsOrderAndFind.test');
  require('./revealActiveNote.test');
  require('./conceptsReport.test');
  require('./settingsLive.test');
  require('./knowledgeGaps.test');
  require('./graph.test');
  require('./externalLinks.test');
  require('./openItems.test');
  require('./codeLens.test');
  require('./folding.test');
  require('./tags.test');
  require('./backlinks.test');
  // Last: it kills the language server (the client brings it back).
  require('./serverRestart.test');
}

function loadNotesTests(): void {
  require('./notesWorkspace.test');
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 60_000 });
  const grep = process.env.CONCEPT_NOTES_E2E_GREP;
  if (grep) mocha.grep(grep);
  mocha.suite.emit('pre-require', globalThis, 'concept-notes-e2e', mocha);
  if (process.env.CONCEPT_NOTES_E2E_PASS === 'notes') loadNotesTests();
  else loadFixtureTests();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} in-editor test(s) failed`)) : resolve()));
  });
}
