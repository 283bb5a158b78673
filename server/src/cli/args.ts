// Strict argv parsing: `command [positional…] [--option value] [--switch]`. An option the
// command does not know, or one missing its value, is bad usage (exit 2) naming it and
// listing the valid ones: in CI a typo such as `--fromat json` must not pass silently.
import * as l10n from '@vscode/l10n';

export class UsageError extends Error {}

export interface ParsedArgs { command?: string; positionals: string[]; flags: Map<string, string | true> }

/** An option; `value` is the placeholder shown in messages when it takes one. */
interface OptionSpec { name: string; value?: string }

const GLOBAL: OptionSpec[] = [{ name: 'help' }, { name: 'version' }, { name: 'locale', value: '<zh-cn|en>' }];
const FOLDER: OptionSpec[] = [{ name: 'format', value: '<format>' }, { name: 'config', value: '<file>' }, { name: 'link-style', value: '<style>' }, { name: 'quiet' }];

/** Each command's options and how many positional arguments it takes. */
export const COMMANDS: Record<string, { options: OptionSpec[]; positionals: number }> = {
  check: {
    positionals: 1,
    options: [...GLOBAL, ...FOLDER, { name: 'external' }, { name: 'external-timeout', value: '<ms>' }, { name: 'external-cache', value: '<dir>' }, { name: 'no-cache' }],
  },
  concepts: { positionals: 1, options: [...GLOBAL, ...FOLDER] },
  gaps: { positionals: 1, options: [...GLOBAL, ...FOLDER] },
  'fix-encoding': { positionals: 1, options: [...GLOBAL, { name: 'write' }] },
};

const SHORT: Record<string, string> = { '-h': 'help', '-v': 'version' };

export function parseArgs(argv: string[]): ParsedArgs {
  const tokens = splitTokens(argv);
  const commandAt = commandIndex(tokens);
  const command = commandAt === -1 ? undefined : tokens[commandAt].text;
  if (command !== undefined && !COMMANDS[command]) {
    throw new UsageError(l10n.t('Unknown command: {command}. Commands: {commands}.', { command, commands: Object.keys(COMMANDS).join(', ') }));
  }
  const spec = command ? COMMANDS[command] : { options: GLOBAL, positionals: 0 };
  const flags = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'positional') {
      if (i === commandAt) continue;
      if (positionals.length >= spec.positionals) throw new UsageError(l10n.t("Unexpected argument '{argument}' for {command}.", { argument: token.text, command: command ?? '' }));
      positionals.push(token.text);
      continue;
    }
    const option = spec.options.find((o) => o.name === token.name);
    if (!option) {
      const valid = spec.options.map((o) => `--${o.name}`).join(', ');
      throw new UsageError(command
        ? l10n.t("Unknown option '{option}' for {command}. Valid options: {options}.", { option: token.text, command, options: valid })
        : l10n.t("Unknown option '{option}'. Valid options: {options}.", { option: token.text, options: valid }));
    }
    if (!option.value) {
      if (token.inline !== undefined) throw new UsageError(l10n.t("Option '--{option}' takes no value.", { option: option.name }));
      flags.set(option.name, true);
      continue;
    }
    let value = token.inline;
    if (value === undefined) {
      const next = tokens[i + 1];
      if (next?.kind === 'positional' && i + 1 !== commandAt) { value = next.text; i++; }
    }
    if (value === undefined || value === '') throw new UsageError(l10n.t("Option '--{option}' needs a value {value}.", { option: option.name, value: option.value }));
    flags.set(option.name, value);
  }
  return { command, positionals, flags };
}

/** The first positional that is not the value of an option before it (`--locale zh-cn check`). */
function commandIndex(tokens: Token[]): number {
  const takesValue = new Set(Object.values(COMMANDS).flatMap((c) => c.options.filter((o) => o.value).map((o) => o.name)));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'positional') return i;
    if (takesValue.has(t.name) && t.inline === undefined) i++;
  }
  return -1;
}

type Token = { kind: 'positional'; text: string } | { kind: 'option'; text: string; name: string; inline?: string };

/** `--name`, `--name=value`, `-h`; after `--` everything is positional. */
function splitTokens(argv: string[]): Token[] {
  const out: Token[] = [];
  let optionsEnded = false;
  for (const a of argv) {
    if (optionsEnded || a === '-' || !a.startsWith('-')) out.push({ kind: 'positional', text: a });
    else if (a === '--') optionsEnded = true;
    else if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      out.push(eq === -1 ? { kind: 'option', text: a, name: a.slice(2) } : { kind: 'option', text: a.slice(0, eq), name: a.slice(2, eq), inline: a.slice(eq + 1) });
    } else out.push({ kind: 'option', text: a, name: SHORT[a] ?? a });
  }
  return out;
}
