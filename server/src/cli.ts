// `concept-notes check|concepts|fix-encoding …`: the same core as the language server, for terminals and CI.
import * as l10n from '@vscode/l10n';
import * as path from 'node:path';
import * as fs from 'node:fs';
import { URI } from 'vscode-uri';
import { createNoteService, createRemarkParser, localeFromEnvironment, useLocale, type ILogger } from './core';
import { FsWorkspace } from './node/fsWorkspace';
import { createFindingChecks } from './core/features/diagnostics/extraChecks';
import { parseArgs, UsageError, type ParsedArgs } from './cli/args';
import { formatJson, formatSarif, formatText, type FileDiagnostics } from './cli/formats';
import { loadCliSettings } from './cli/config';
import { stderrProgress } from './cli/progress';
import { fixEncoding } from './cli/fixEncoding';
import { formatGapsJson, formatGapsText } from './cli/gapsOutput';
import { checkWebLinks } from './cli/external';
import { isLinkStyleSetting } from './core/links/linkStyle';

const VERSION = '0.1.0';
/** The command lines are syntax (not translated); the explanations below them are. */
function usage(): string {
  return [
    l10n.t('Usage:'),
    '  concept-notes check [folder] [--format text|json|sarif] [--config <file>] [--quiet]',
    '                      [--link-style auto|markdown|obsidian|foam|github-wiki]',
    '                      [--external [--external-timeout <ms>] [--external-cache <dir>] [--no-cache]]',
    '  concept-notes concepts [folder] [--format json|text] [--config <file>]',
    '  concept-notes gaps [folder] [--format text|json] [--config <file>]',
    '  concept-notes fix-encoding <file> [--write]',
    '  concept-notes --help | --version',
    l10n.t('--external checks web links too (the only option that makes network requests).'),
    l10n.t('Settings come from <folder>/.concept-notes.json (or --config), the same file the editor reads.'),
    l10n.t('Messages are in English or Simplified Chinese: --locale zh-cn|en, else LC_ALL / LC_MESSAGES / LANG.'),
    l10n.t('Exit codes: 0 no errors, 1 at least one error-severity problem, 2 bad usage or failure.'),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  // The language first, so that even a usage error is in the reader's language.
  useLocale(localeFromEnvironment(localeArgument(argv), process.env));
  const args = parseArgs(argv);
  if (args.flags.has('help')) { process.stdout.write(usage() + '\n'); return 0; }
  if (args.flags.has('version')) { process.stdout.write(`concept-notes ${VERSION}\n`); return 0; }
  if (!args.command) { process.stderr.write(usage() + '\n'); return 2; }
  switch (args.command) {
    case 'fix-encoding':
      return fixEncoding(args.positionals[0], args.flags.has('write'), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
    case 'check':
    case 'concepts':
    case 'gaps':
      return runOnFolder(args);
    default:
      throw new UsageError(l10n.t('Unknown command: {command}', { command: args.command }));
  }
}

/** `--locale x` / `--locale=x`, read before the strict parse. */
function localeArgument(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--locale') return argv[i + 1];
    if (argv[i].startsWith('--locale=')) return argv[i].slice('--locale='.length);
  }
  return undefined;
}

async function runOnFolder(args: ParsedArgs): Promise<number> {
  const folder = path.resolve(args.positionals[0] ?? '.');
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new UsageError(l10n.t('Not a folder: {folder}', { folder: args.positionals[0] ?? '.' }));
  const quiet = args.flags.has('quiet');
  const warn = (m: string) => { if (!quiet) process.stderr.write(`${l10n.t('warning: {message}', { message: m })}\n`); };
  const configFlag = args.flags.get('config');
  const { settings, configFile } = loadCliSettings(folder, typeof configFlag === 'string' ? configFlag : undefined);
  // `check` reports the config file's problems like a note's; the other commands warn.
  if (args.command !== 'check') for (const d of configFile?.diagnostics ?? []) warn(`${path.basename(configFile!.path)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
  const linkStyle = args.flags.get('link-style');
  if (linkStyle !== undefined) {
    if (!isLinkStyleSetting(linkStyle)) throw new UsageError(l10n.t('Unknown link style: {style} (auto, markdown, obsidian, foam, github-wiki)', { style: String(linkStyle) }));
    settings.linkStyle = linkStyle;
    if (settings.configFile) settings.configFile = { ...settings.configFile, linkStyle };
  }
  const logger: ILogger = { info: () => {}, warn, error: (m) => process.stderr.write(`${l10n.t('error: {message}', { message: m })}\n`) };
  const workspace = new FsWorkspace([folder], { include: settings.include, exclude: settings.exclude, logger: { ...logger, warn: () => {} } });
  const service = createNoteService(workspace, createRemarkParser(), logger, { settings, extraChecks: createFindingChecks() });
  await service.indexWorkspace(stderrProgress('Indexing', !quiet));
  const relative = (uri: string) => path.relative(folder, URI.parse(uri).fsPath).split(path.sep).join('/');

  if (args.command === 'concepts') {
    const concepts = service.concepts().map((c) => ({ name: c.name, aliases: c.aliases, definition: c.definitions[0].definition, file: relative(c.definitions[0].uri), range: c.definitions[0].range }));
    if (args.flags.get('format') === 'text') process.stdout.write(concepts.map((c) => `${c.name}${c.aliases.length ? ` (${c.aliases.join(', ')})` : ''}: ${c.definition}`).join('\n') + '\n');
    else process.stdout.write(JSON.stringify({ version: 1, concepts }, null, 2) + '\n');
    return 0;
  }

  if (args.command === 'gaps') {
    const gaps = await service.knowledgeGaps(settings.gaps);
    if (!gaps) return 2;
    process.stdout.write(args.flags.get('format') === 'json' ? formatGapsJson(gaps, relative) : formatGapsText(gaps, relative));
    return 0;
  }

  const format = String(args.flags.get('format') ?? 'text');
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(l10n.t('Unknown format: {format}. Formats: text, json, sarif.', { format }));
  const externalOnly = ['external-timeout', 'external-cache', 'no-cache'].filter((f) => args.flags.has(f));
  if (externalOnly.length && !args.flags.has('external')) throw new UsageError(l10n.t('--{flag} only applies with --external', { flag: externalOnly[0] }));
  if (args.flags.has('external')) {
    await checkWebLinks(service, settings, { timeout: args.flags.get('external-timeout'), cacheDir: args.flags.get('external-cache'), noCache: args.flags.has('no-cache'), quiet }, `concept-notes/${VERSION} (web link check)`);
  }
  const results: FileDiagnostics[] = [];
  if (configFile?.diagnostics.length) results.push({ file: path.relative(folder, configFile.path).split(path.sep).join('/'), diagnostics: configFile.diagnostics });
  const uris = service.noteUris().sort();
  const progress = stderrProgress('Checking', !quiet);
  for (let i = 0; i < uris.length; i++) {
    results.push({ file: relative(uris[i]), diagnostics: await service.diagnostics(uris[i]) });
    progress.report(i + 1, uris.length);
  }
  const withProblems = results.filter((r) => r.diagnostics.length);
  const out = format === 'json' ? formatJson(withProblems, uris.length)
    : format === 'sarif' ? formatSarif(withProblems, VERSION)
    : l10n.t('Link style: {style}', { style: await service.linkStyleOf(uris[0] ?? URI.file(path.join(folder, 'x.md')).toString()) }) + '\n' + formatText(results);
  process.stdout.write(out);
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    process.stderr.write(error instanceof UsageError ? `${error.message}\n` : `${l10n.t('concept-notes failed: {error}', { error: error instanceof Error ? error.stack ?? error.message : String(error) })}\n`);
    process.exitCode = 2;
  },
);
