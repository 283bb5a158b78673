// GFM literal autolinks — bare `https://…`, `www.…` and e-mail addresses — found in a
// stretch of text the way remark's gfm-autolink-literal does: allowed after whitespace
// or punctuation, domain without an underscore in its last two labels,
// path up to whitespace or `<`, trailing punctuation and unbalanced `)` left out.

export interface LiteralAutolink { start: number; end: number; url: string }

const TRAILING = new Set(['!', '"', "'", '*', ',', '.', ':', ';', '?', '_', '~', ']']);
const DOMAIN_BREAK = /[\s\p{P}\p{S}]/u;
const EMAIL_LOCAL = /[A-Za-z0-9+\-._]/;

export function findLiteralAutolinks(text: string, start: number, end: number): LiteralAutolink[] {
  const found: LiteralAutolink[] = [];
  let i = start;
  while (i < end) {
    const c = text[i];
    let link: LiteralAutolink | undefined;
    if ((c === 'h' || c === 'H' || c === 'w' || c === 'W') && allowedBefore(text[i - 1])) link = urlAt(text, i, end);
    else if (c === '@') link = emailAround(text, i, start, end);
    if (link) {
      if (found.length && found[found.length - 1].end > link.start) found.pop();
      found.push(link);
      i = link.end;
    } else i++;
  }
  return found;
}

/** After whitespace or punctuation (remark also links `https:/www.x.com` after the `/`), never inside a word. */
function allowedBefore(c: string | undefined): boolean {
  return c === undefined || /[\s\p{P}\p{S}]/u.test(c);
}

function urlAt(text: string, at: number, end: number): LiteralAutolink | undefined {
  const head = text.slice(at, at + 8).toLowerCase();
  let domainStart: number;
  let prefix = '';
  if (head.startsWith('https://')) domainStart = at + 8;
  else if (head.startsWith('http://')) domainStart = at + 7;
  else if (head.startsWith('www.')) { domainStart = at; prefix = 'http://'; }
  else return undefined;
  let j = domainStart;
  while (j < end && (text[j] === '-' || text[j] === '.' || text[j] === '_' || !DOMAIN_BREAK.test(text[j]))) j++;
  const domain = text.slice(domainStart, j);
  if (domain === '' || (prefix && domain.length <= 4)) return undefined;
  const labels = domain.split('.');
  if (labels.slice(-2).some((l) => l.includes('_'))) return undefined;
  while (j < end && !/\s/.test(text[j]) && text[j] !== '<') j++;
  const stop = trimTrail(text, at, j);
  return { start: at, end: stop, url: prefix + text.slice(at, stop) };
}

function trimTrail(text: string, start: number, end: number): number {
  let e = end;
  for (;;) {
    const last = text[e - 1];
    if (e <= start) return e;
    if (TRAILING.has(last)) { e--; continue; }
    if (last === ')') {
      const url = text.slice(start, e);
      if (count(url, '(') < count(url, ')')) { e--; continue; }
    }
    if (last === ';') {
      const entity = /&[A-Za-z0-9]+;$/.exec(text.slice(start, e));
      if (entity) { e -= entity[0].length; continue; }
    }
    return e;
  }
}

function emailAround(text: string, at: number, start: number, end: number): LiteralAutolink | undefined {
  let s = at;
  while (s > start && EMAIL_LOCAL.test(text[s - 1])) s--;
  if (s === at || (s > 0 && /[\p{L}\p{N}]/u.test(text[s - 1]))) return undefined;
  let j = at + 1;
  while (j < end && /[A-Za-z0-9\-_.]/.test(text[j])) j++;
  while (j > at + 1 && text[j - 1] === '.') j--;
  const domain = text.slice(at + 1, j);
  if (!domain.includes('.') || !/[A-Za-z0-9]$/.test(domain)) return undefined;
  return { start: s, end: j, url: `mailto:${text.slice(s, j)}` };
}

function count(s: string, c: string): number {
  let n = 0;
  for (const ch of s) if (ch === c) n++;
  return n;
}
