// ESLint: typescript-eslint's type-checked recommended rules for the sources the project
// type-checks, and ESLint Stylistic as the formatter (`npm run format` rewrites, `npm run lint`
// checks; lint is a step of `npm test`). Stylistic rather than Prettier: its rules describe the
// layout the code already has (long single-line literals, aligned comments) instead of
// reflowing every file.
import tseslint from 'typescript-eslint';
import stylistic from '@stylistic/eslint-plugin';

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
    plugins: { '@stylistic': stylistic },
    rules: {
      '@stylistic/indent': ['error', 2, { SwitchCase: 1, ignoredNodes: ['TSUnionType', 'TSIntersectionType', 'ConditionalExpression', 'TemplateLiteral *'] }],
      '@stylistic/quotes': ['error', 'single', { avoidEscape: true }],
      '@stylistic/semi': ['error', 'always'],
      '@stylistic/comma-dangle': ['error', 'always-multiline'],
      '@stylistic/no-trailing-spaces': 'error',
      '@stylistic/eol-last': ['error', 'always'],
      '@stylistic/no-multiple-empty-lines': ['error', { max: 2, maxEOF: 0, maxBOF: 0 }],
      '@stylistic/no-tabs': 'error',
      '@stylistic/comma-spacing': 'error',
      '@stylistic/keyword-spacing': 'error',
      '@stylistic/space-before-blocks': 'error',
      '@stylistic/space-infix-ops': 'error',
      '@stylistic/arrow-spacing': 'error',
      '@stylistic/arrow-parens': ['error', 'always'],
      '@stylistic/semi-spacing': 'error',
      '@stylistic/member-delimiter-style': ['error', { multiline: { delimiter: 'semi', requireLast: true }, singleline: { delimiter: 'semi', requireLast: false } }],
      '@stylistic/type-annotation-spacing': 'error',
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
