// `concept-notes check|concepts …`: the same core as the language server, for terminals and CI.
import * as path from 'node:path';
import * as fs from 'node:fs';
import { URI } from 'vscode-uri';
import { createNoteService, createRemarkParser, type ILogger } from './core';
import { FsWorkspace } from './node/fsWorkspace';
import { createFindingChecks } from './core/features/diagnostics/extraChecks';
import { parseArgs } from './cli/args';
import { formatJson, formatSarif, formatText, type FileDiagnostics } from './cli/formats';
import { readSettings } from './lsp/settings';
import { DEFAULT_SETTINGS } from '../../shared/protocol';

const VERSION = '0.1.0';
const USAGE = `Usage:
  concept-notes check [folder] [--format text|json|sarif] [--config <file>]
  concept-notes concepts [folder] [--format json|text]
Exit codes: 0 no errors, 1 at least one error-severity problem, 2 bad usage or failure.`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (!args.command || args.flags.has('help')) { process.stdout.write(USAGE + '\n'); return args.command ? 0 : 2; }
  const folder = path.resolve(args.positionals[0] ?? '.');
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new UsageError(`Not a folder: ${args.positionals[0] ?? '.'}`);
  const settings = loadConfig(folder, args.flags.get('config'));
  const logger: ILogger = { info: () => {}, warn: (m) => { if (!args.flags.has('quiet')) process.stderr.write(`warning: ${m}\n`); }, error: (m) => process.stderr.write(`error: ${m}\n`) };
  const workspace = new FsWorkspace([folder], { exclude: settings.exclude, logger: { ...logger, warn: () => {} } });
  const service = createNoteService(workspace, createRemarkParser(), logger, { settings, extraChecks: createFindingChecks() });
  const showProgress = process.stderr.isTTY;
  await service.indexWorkspace({ report: (done, total) => { if (showProgress && (done % 50 === 0 || done === total)) process.stderr.write(`\rIndexing ${done}/${total}`); if (showProgress && done === total) process.stderr.write('\n'); } });
  const relative = (uri: string) => path.relative(folder, URI.parse(uri).fsPath).split(path.sep).join('/');

  switch (args.command) {
    case 'check': {
      const format = String(args.flags.get('format') ?? 'text');
      if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`Unknown format: ${format}`);
      const results: FileDiagnostics[] = [];
      const uris = service.noteUris().sort();
      for (const uri of uris) results.push({ file: relative(uri), diagnostics: await service.diagnostics(uri) });
      const out = format === 'json' ? formatJson(results.filter((r) => r.diagnostics.length), uris.length)
        : format === 'sarif' ? formatSarif(results.filter((r) => r.diagnostics.length), VERSION)
        : formatText(results);
      process.stdout.write(out);
      return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
    }
    case 'concepts': {
      const concepts = service.concepts().map((c) => ({ name: c.name, aliases: c.aliases, definition: c.definitions[0].definition, file: relative(c.definitions[0].uri), range: c.definitions[0].range }));
      if (args.flags.get('format') === 'text') process.stdout.write(concepts.map((c) => `${c.name}${c.aliases.length ? ` (${c.aliases.join(', ')})` : ''}: ${c.definition}`).join('\n') + '\n');
      else process.stdout.write(JSON.stringify({ version: 1, concepts }, null, 2) + '\n');
      return 0;
    }
    default:
      throw new UsageError(`Unknown command: ${args.command}\n${USAGE}`);
  }
}

/** `.concept-notes.json` in the folder (or `--config`), shared with the editor. */
function loadConfig(folder: string, configFlag: string | true | undefined) {
  const file = typeof configFlag === 'string' ? path.resolve(configFlag) : path.join(folder, '.concept-notes.json');
  if (!fs.existsSync(file)) {
    if (typeof configFlag === 'string') throw new UsageError(`Config file not found: ${configFlag}`);
    return { ...DEFAULT_SETTINGS };
  }
  try {
    return readSettings(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch (error) {
    throw new UsageError(`Cannot read ${path.basename(file)}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    process.stderr.write(error instanceof UsageError ? `${error.message}\n` : `concept-notes failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
