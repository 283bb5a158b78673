// GFM literal autolinks — bare `https://…`, `www.…` and e-mail addresses — found in a
// stretch of text the way remark's gfm-autolink-literal does: `http` after anything but a
// letter, `www.` after whitespace or punctuation, domain without an underscore in its last two
// labels, path up to whitespace or `<`, trailing punctuation and unbalanced `)` left out.

export interface LiteralAutolink { start: number; end: number; url: string }

const TRAILING = new Set(['!', '"', "'", '*', ',', '.', ':', ';', '?', '_', '~']);
const DOMAIN_BREAK = /[\s\p{P}\p{S}]/u;
const EMAIL_LOCAL = /[A-Za-z0-9+\-._]/;

/** `limit` stops the search after that many are found and cannot be replaced. */
export function findLiteralAutolinks(text: string, start: number, end: number, limit = Infinity): LiteralAutolink[] {
  const found: LiteralAutolink[] = [];
  let i = start;
  while (i < end && found.length <= limit) {
    const c = text[i];
    let link: LiteralAutolink | undefined;
    if ((c === 'h' || c === 'H') && !/[A-Za-z]/.test(text[i - 1] ?? '')) link = urlAt(text, i, end);
    else if ((c === 'w' || c === 'W') && allowedBeforeWww(text[i - 1])) link = urlAt(text, i, end);
    else if (c === '@') link = emailAround(text, i, start, end);
    if (link) {
      if (found.length && found[found.length - 1].end > link.start) found.pop();
      found.push(link);
      i = link.end;
    } else i++;
  }
  return found;
}

/** `www.` starts a link after whitespace or punctuation, never inside a word. */
function allowedBeforeWww(c: string | undefined): boolean {
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
  // A domain's last `.` or `_` may be trailing punctuation (`see www.x.com.`): the path rule decides.
  while (j > domainStart && (text[j - 1] === '.' || text[j - 1] === '_')) j--;
  const domain = text.slice(domainStart, j);
  if (domain === '' || (prefix && domain.length <= 4)) return undefined;
  const labels = domain.split('.');
  if (labels.slice(-2).some((l) => l.includes('_'))) return undefined;
  const stop = pathEnd(text, j, end);
  return { start: at, end: stop, url: prefix + text.slice(at, stop) };
}

const PATH_PUNCTUATION = new Set(['!', '"', '&', "'", ')', '*', ',', '.', ':', ';', '<', '?', ']', '_', '~']);

/** The path runs to whitespace, but stops where only trailing punctuation is left; `(` `)` balance. */
function pathEnd(text: string, from: number, end: number): number {
  let open = 0;
  let close = 0;
  let j = from;
  for (; j < end && !/\s/.test(text[j]); j++) {
    const c = text[j];
    if (c === '(') open++;
    else if (c === ')' && close < open) close++;
    else if (PATH_PUNCTUATION.has(c)) {
      if (isTrail(text, j, end)) return j;
      if (c === ')') close++;
    }
  }
  return j;
}

/** Is the rest of the path from `at` trailing punctuation (`]` before a bracket or the end, `&name;`)? */
function isTrail(text: string, at: number, end: number): boolean {
  let k = at;
  for (;;) {
    if (k >= end || /\s/.test(text[k]) || text[k] === '<') return true;
    const c = text[k];
    if (TRAILING.has(c) || c === ')') { k++; continue; }
    if (c === '&') {
      const entity = /^&[A-Za-z]+;/.exec(text.slice(k, Math.min(end, k + 40)));
      if (!entity) return false;
      k += entity[0].length;
      continue;
    }
    if (c === ']') {
      k++;
      if (k >= end || text[k] === '(' || text[k] === '[' || /\s/.test(text[k])) return true;
      continue;
    }
    return false;
  }
}

function emailAround(text: string, at: number, start: number, end: number): LiteralAutolink | undefined {
  let s = at;
  while (s > start && EMAIL_LOCAL.test(text[s - 1])) s--;
  // A letter of another script (`制a@b.co`) does not stop the address.
  if (s === at || (s > 0 && /[A-Za-z0-9]/.test(text[s - 1]))) return undefined;
  let j = at + 1;
  while (j < end && /[A-Za-z0-9\-_.]/.test(text[j])) j++;
  while (j > at + 1 && text[j - 1] === '.') j--;
  const domain = text.slice(at + 1, j);
  // remark links no address whose domain ends in a digit (`root@10.0.150.0`).
  if (!domain.includes('.') || !/[A-Za-z]$/.test(domain)) return undefined;
  return { start: s, end: j, url: `mailto:${text.slice(s, j)}` };
}
