// No English reaches the user outside the catalogue: a scan of the client, webview, server,
// core and CLI sources for string literals in the places a person reads (messages, progress
// titles, status bar and tree item text, quick pick and input box text, diagnostic and hover
// text, CLI output, webview text). A literal there must be wrapped in l10n.t / vscode.l10n.t
// instead. A line that shows something that is not prose (markup, a developer tool's log)
// says so with `// not prose` on that line or the one before.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const repo = path.resolve(__dirname, '../../..');
const SOURCE_DIRS = ['client/src', 'client/webview', 'server/src', 'shared'];
/**
 * Files whose English is data for other formats, not UI: the code registry's one-line
 * descriptions feed the README table and SARIF rule metadata, which stay English like the
 * codes and rule ids themselves.
 */
const ENGLISH_DATA = new Set(['shared/diagnosticCodes.ts']);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Calls whose string arguments are shown as they are. */
const SHOWING_CALLS = /^(showInformationMessage|showWarningMessage|showErrorMessage|showInputBox|showQuickPick|setStatusBarMessage|createWebviewPanel|createOutputChannel|TreeItem|MarkdownString|appendMarkdown|appendText|CodeAction|write|log|error|warn|info|sendNotification|showMessage|UsageError|err|out|push)$/;
/** Object properties and assigned fields whose strings are shown. */
const SHOWN_FIELDS = /^(title|tooltip|text|placeHolder|placeholder|prompt|message|description|detail|label|value|contents|documentation|textContent|innerText)$/;

/** Prose: a word of three letters or more once codicons, placeholders (`{x}`, `<file>`) and code spans are gone. */
export function isEnglishProse(text: string): boolean {
  const stripped = text.replace(/\$\([^)]*\)|\$\{[^}]*\}|`[^`]*`|\{[^}]*\}|<[^>\s]*>/g, ' ');
  if (/^[\w.@/*#:-]*$/.test(stripped.trim())) return false; // an id, code, path or glob alone
  return /[A-Za-z]{3,}/.test(stripped);
}

function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => ' ${} ' + s.literal.text).join('');
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return [literalText(node.left), literalText(node.right)].filter((t) => t !== undefined).join(' ') || undefined;
  }
  if (ts.isConditionalExpression(node)) return [literalText(node.whenTrue), literalText(node.whenFalse)].filter((t) => t !== undefined).join(' ') || undefined;
  return undefined;
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return '';
}

/** `file:line: text` of each user-facing English literal in one source text. */
export function findLiterals(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const lines = source.split('\n');
  const found: string[] = [];
  const report = (node: ts.Node) => {
    const text = literalText(node);
    if (text === undefined || !isEnglishProse(text)) return;
    const line = sf.getLineAndCharacterOfPosition(node.getStart()).line;
    if (/\/\/ not prose/.test(lines[line]) || /\/\/ not prose/.test(lines[line - 1] ?? '')) return;
    found.push(`${file}:${line + 1}: ${text.slice(0, 80)}`);
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && SHOWING_CALLS.test(calleeName(node))) {
      for (const arg of node.arguments ?? []) report(arg);
    } else if (ts.isPropertyAssignment(node) && SHOWN_FIELDS.test(node.name.getText(sf))) {
      report(node.initializer);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken
      && ts.isPropertyAccessExpression(node.left) && SHOWN_FIELDS.test(node.left.name.text)) {
      report(node.right);
    } else if (ts.isReturnStatement(node) && node.expression && ts.isTemplateExpression(node.expression)) {
      // Status and report builders return their text.
      report(node.expression);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('no English outside the catalogue', () => {
  it('finds no user-facing English literal in the sources', () => {
    const files = SOURCE_DIRS.flatMap((d) => sourceFiles(path.join(repo, d))).filter((f) => !ENGLISH_DATA.has(path.relative(repo, f).split(path.sep).join('/')));
    assert.ok(files.length > 50, 'the sources were not found');
    const found = files.flatMap((f) => findLiterals(path.relative(repo, f), fs.readFileSync(f, 'utf8')));
    assert.deepEqual(found, [], 'wrap these in l10n.t (server/core/CLI) or vscode.l10n.t (client)');
  });

  it('catches planted literals and lets translated ones through', () => {
    const planted = [
      "vscode.window.showInformationMessage('Planted message.');",
      'item.tooltip = `Planted ${n} tooltip`;',
      "const d = { message: 'Planted diagnostic text', range };",
      "process.stdout.write('Planted output\\n');",
      "const p = vscode.window.withProgress({ title: 'Planted progress' }, run);",
    ];
    for (const line of planted) assert.equal(findLiterals('x.ts', line).length, 1, line);
    const fine = [
      "vscode.window.showInformationMessage(vscode.l10n.t('Fine message.'));",
      "const d = { message: l10n.t('Fine {name}', { name }), code: 'link.no-such-file' };",
      'item.text = `$(book) ${count}`;',
      "process.stdout.write(JSON.stringify(result) + '\\n');",
      "item.description = 'vCPU.md';",
    ];
    for (const line of fine) assert.deepEqual(findLiterals('x.ts', line), [], line);
  });
});
