// What the server and CLI bundles get for `import * as l10n from '@vscode/l10n'` (an alias in
// esbuild.mjs). The library's node and browser builds both carry `config({ uri })`, which
// downloads a bundle with `fetch`; our bundles must contain no network client at all. We
// only ever call `config({ contents })` and `t`, so this file is those two with the
// library's own bundle format and placeholder rules (`{name}` from a record, `{0}` from
// positional arguments, a comment as part of the key). A test checks it answers exactly as
// the library does on the same bundles and calls. Tests and type checking use the library.
import type { l10nJsonFormat, L10nReplacement } from '@vscode/l10n';

type Options = { message: string; args?: L10nReplacement[] | Record<string, unknown>; comment: string | string[] };

let bundle: l10nJsonFormat | undefined;

export function config(options: { contents: string | l10nJsonFormat }): void {
  if (!('contents' in options)) throw new Error('Only config({ contents }) is available: messages are bundled, never downloaded.');
  bundle = typeof options.contents === 'string' ? JSON.parse(options.contents) as l10nJsonFormat : options.contents;
}

export function t(...args: unknown[]): string {
  const first = args[0];
  if (typeof first === 'string') {
    const rest = args.slice(1);
    return translate(first, first, rest.length && typeof rest[0] === 'object' ? rest[0] as Record<string, unknown> : rest);
  }
  if (Array.isArray(first)) {
    // Tagged template: l10n.t`Hello ${name}` is the key "Hello {0}".
    const strings = first as unknown as TemplateStringsArray;
    const replacements = args.slice(1);
    if (strings.length !== replacements.length + 1) throw new Error('expected a string as the first argument to l10n.t');
    const message = strings.reduce((text, part, i) => (i === 0 ? part : `${text}{${i - 1}}${part}`), '');
    return t(message, ...replacements);
  }
  const options = first as Options;
  const comment = Array.isArray(options.comment) ? options.comment.join('') : options.comment;
  return translate(comment ? `${options.message}/${comment}` : options.message, options.message, options.args ?? {});
}

function translate(key: string, message: string, values: unknown[] | Record<string, unknown>): string {
  const entry = bundle?.[key];
  if (!entry) return format(message, values);
  if (typeof entry === 'string') return format(entry, values);
  return format(entry.comment ? entry.message : message, values);
}

function format(template: string, values: unknown[] | Record<string, unknown>): string {
  if (Object.keys(values).length === 0) return template;
  return template.replace(/{([^}]+)}/g, (match, name: string) => {
    const value = (values as Record<string, unknown>)[name];
    return value === undefined || value === null ? match : String(value as string);
  });
}
