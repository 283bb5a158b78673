// Hovers quote notes, and notes are untrusted: a note may hold raw HTML or a
// `[x](command:…)` link that would run an editor command when clicked. These helpers
// make quoted Markdown inert before it goes into a hover.

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Destinations with a scheme other than these, or written with entities / escapes before the path, are made plain text. */
const SAFE_SCHEME = /^(?:https?:\/\/|mailto:)/i;
const INLINE_LINK_OPEN = /\]\(\s*(<?)([^\s)>]*)/g;
const REFERENCE_DEFINITION = /^( {0,3})\[([^\]\n]+)\]:[ \t]*(?:\r?\n[ \t]*)?<?([^\s>]*)/gm;

/**
 * Escapes `<` outside code (no raw HTML, no `<command:…>` autolinks) and turns links and
 * reference definitions whose destination is not a plain path or http(s) / mailto URL
 * into plain text. Fenced code is left alone: it is shown literally.
 */
export function neutralizeUntrustedMarkdown(markdown: string): string {
  const lines = markdown.split('\n');
  let fence: string | undefined;
  const out: string[] = [];
  let prose: string[] = [];
  const flushProse = () => { if (prose.length) out.push(neutralizeProse(prose.join('\n'))); prose = []; };
  for (const line of lines) {
    const f = FENCE.exec(line);
    if (fence) {
      out.push(line);
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
    } else if (f) {
      flushProse();
      fence = f[1];
      out.push(line);
    } else prose.push(line);
  }
  flushProse();
  return out.join('\n');
}

function neutralizeProse(text: string): string {
  const escapedHtml = text.split('\n').map(escapeAnglesOutsideCodeSpans).join('\n');
  return escapedHtml
    .replace(INLINE_LINK_OPEN, (whole, _angle: string, dest: string) => (isSafeDestination(dest) ? whole : '\\]\\(' + whole.slice(2)))
    .replace(REFERENCE_DEFINITION, (whole, indent: string, _label: string, dest: string) => (isSafeDestination(dest) ? whole : indent + '\\' + whole.slice(indent.length)));
}

/** A relative path, a fragment, or an http(s) / mailto URL. */
export function isSafeDestination(destination: string): boolean {
  const dest = destination.replace(/^\\</, '');
  if (SAFE_SCHEME.test(dest)) return true;
  const beforePath = dest.split(/[/?#]/, 1)[0];
  return !/[:&\\]/.test(beforePath);
}

function escapeAnglesOutsideCodeSpans(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    if (line[i] === '`') {
      const run = /^`+/.exec(line.slice(i))![0];
      const close = line.indexOf(run, i + run.length);
      if (close !== -1 && line[close + run.length] !== '`') {
        out += line.slice(i, close + run.length);
        i = close + run.length;
        continue;
      }
      out += run;
      i += run.length;
      continue;
    }
    out += line[i] === '<' ? '\\<' : line[i];
    i++;
  }
  return out;
}

/** `text` as an inline code span that no backtick inside it can close early. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\r?\n|\r/g, ' ')}${pad}${fence}`;
}
