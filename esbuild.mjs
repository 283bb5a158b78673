// Bundles the three entry points of the contract (client, server, cli) plus the
// compiled real-editor test suite. `--production` minifies for the .vsix.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: production,
  logLevel: 'warning',
  // remark/unified packages are ESM with `import.meta`-free code; bundling them into
  // CJS is safe. `vscode` exists only inside the extension host.
  external: ['vscode'],
  // @vscode/l10n's builds can download a bundle (`config({ uri })` uses fetch); the bundles
  // get the same API without it. See server/src/core/l10n/runtime.ts.
  // jsonc-parser's `main` is a UMD build whose inner requires esbuild cannot follow: take its ES build.
  alias: { '@vscode/l10n': './server/src/core/l10n/runtime.ts', 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  esbuild.build({
    ...common,
    entryPoints: ['server/src/cli.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  }),
  // The graph view's page runs in the webview: a browser bundle with d3-force inside.
  esbuild.build({ ...common, platform: 'browser', format: 'iife', target: 'es2022', external: [], entryPoints: ['client/webview/graph/main.ts'], outfile: 'dist/graph.js' }),
  production
    ? Promise.resolve()
    : esbuild.build({
        ...common,
        entryPoints: ['test/e2e/suite/index.ts'],
        outfile: 'out/e2e/suite/index.js',
        external: ['vscode', 'mocha'],
      }),
]);
