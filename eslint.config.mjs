// ESLint: typescript-eslint's type-checked recommended rules for the sources the project
// type-checks. No formatting rules (nothing here reformats); `npm run lint`, a step of `npm test`.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', 'test/fixtures/**', 'test-results/**', 'client/webview/**', '**/*.mjs', '**/*.js'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Every promise is awaited, returned, or marked `void` on purpose.
      '@typescript-eslint/no-floating-promises': 'error',
      // Handlers registered with vscode / vscode-languageserver may be async; they handle their own errors.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      // Redundant `!` / `as` are harmless; not worth the churn across the parser for now.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // `{ getNote: service.getNote }`: the service is a frozen object of closures, not a class.
      '@typescript-eslint/unbound-method': 'off',
      // Interface implementations (IWorkspace, in-memory fakes) are async without awaiting.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Tests and benchmarks read JSON (CLI output, package.json, SARIF) and poke at editor APIs.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
);
