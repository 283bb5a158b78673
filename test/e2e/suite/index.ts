// Entry point the extension host loads (extensionTestsPath). esbuild bundles this file
// with the tests, so the test files are pulled in with require() *after* mocha has
// defined its BDD globals; a top-level import would run them before `describe` exists.
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 60_000 });
  const grep = process.env.CONCEPT_NOTES_E2E_GREP;
  if (grep) mocha.grep(grep);
  mocha.suite.emit('pre-require', globalThis, 'concept-notes-e2e', mocha);
  require('./concepts.test');
  require('./diagnostics.test');
  require('./topicTree.test');
  require('./statusAndCommands.test');
  require('./conceptsView.test');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} in-editor test(s) failed`)) : resolve()));
  });
}
