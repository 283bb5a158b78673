/** Minimal argv parsing: `command [positional…] [--flag value] [--switch]`. */
export interface ParsedArgs { command?: string; positionals: string[]; flags: Map<string, string | true> }

const SWITCHES = new Set(['write', 'help', 'quiet', 'external', 'no-cache']);

export function parseArgs(argv: string[]): ParsedArgs {
  const flags = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2);
      if (inline !== undefined) flags.set(name, inline);
      else if (SWITCHES.has(name) || i + 1 >= argv.length || argv[i + 1].startsWith('--')) flags.set(name, true);
      else flags.set(name, argv[++i]);
    } else if (a === '-h') flags.set('help', true);
    else positionals.push(a);
  }
  return { command: positionals.shift(), positionals, flags };
}
