// The URL that tells code-server's web workbench which folder to open and which
// extensions (and test suite) to load from source.

/**
 * `folder` is a plain absolute path. Payload values must be `vscode-remote://` URIs
 * (with `file://` a test run never starts).
 * @param {string} origin  http://127.0.0.1:PORT
 * @param {{ folder: string, extensionDevelopmentPaths?: string[], extensionTestsPath?: string }} target
 */
export function workbenchUrl(origin, { folder, extensionDevelopmentPaths = [], extensionTestsPath }) {
  const remote = (absolutePath) => `vscode-remote://${new URL(origin).host}${absolutePath}`;
  const payload = extensionDevelopmentPaths.map((dir) => ['extensionDevelopmentPath', remote(dir)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const query = new URLSearchParams({ folder });
  if (payload.length > 0) query.set('payload', JSON.stringify(payload));
  return `${origin}/?${query}`;
}
