// Finds the heading the edit scenario renames: one that other notes link to with
// `file.md#slug`, so renaming it breaks links in those notes. A plain line scan (fenced
// code skipped, headings without inline markup only) is enough to pick a candidate.
import * as fs from 'node:fs';
import * as path from 'node:path';
import GithubSlugger from 'github-slugger';

export interface LinkedHeading {
  /** Absolute path of the note that holds the heading. */
  file: string;
  /** 0-based line of the heading. */
  line: number;
  slug: string;
  /** The heading line after the rename (its slug no longer matches the links). */
  renamedLine: string;
  /** Notes (other than `file`) linking to the heading, with the 0-based lines of those links. */
  linkers: Array<{ file: string; lines: number[] }>;
  /** Why this heading: the linkers then break, or (no `file.md#slug` link resolves) a fallback. */
  kind: 'linked-heading' | 'no-heading-links';
}

interface Heading { line: number; text: string; raw: string }

const PLAIN_HEADING = /^ {0,3}(#{1,6})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;
const INLINE_LINK = /\]\(\s*<?([^()\s<>]+)>?(?:\s+"[^"]*")?\s*\)/g;

/** Lines outside fenced code blocks, with their 0-based numbers. */
function proseLines(text: string): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  let fence: string | undefined;
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (m) {
      if (!fence) fence = m[1][0];
      else if (m[1][0] === fence) fence = undefined;
      return;
    }
    if (!fence) out.push({ line: i, text: line });
  });
  return out;
}

function headingSlugs(text: string): Map<string, Heading> {
  const slugger = new GithubSlugger();
  const slugs = new Map<string, Heading>();
  for (const { line, text: raw } of proseLines(text)) {
    const m = PLAIN_HEADING.exec(raw);
    if (!m) continue;
    const slug = slugger.slug(m[2]);
    // Inline markup makes the rendered text (and so the slug) differ from the raw text.
    if (!/[`*_[\]<>!\\]/.test(m[2])) slugs.set(slug, { line, text: m[2], raw });
  }
  return slugs;
}

function decode(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}

/**
 * The heading with most linking notes; when no `file.md#slug` link in the corpus resolves,
 * the first plain heading of the note most linked as `file.md` (nothing breaks then).
 */
export function findLinkedHeading(files: string[]): LinkedHeading | undefined {
  const texts = new Map(files.map((f) => [f, fs.readFileSync(f, 'utf8')]));
  const headings = new Map<string, Map<string, Heading>>();
  const headingsOf = (f: string) => {
    if (!headings.has(f)) headings.set(f, headingSlugs(texts.get(f)!));
    return headings.get(f)!;
  };
  // "target file\0slug" -> linker file -> link lines
  const links = new Map<string, Map<string, number[]>>();
  const fileLinks = new Map<string, number>();
  for (const [file, text] of texts) {
    for (const { line, text: lineText } of proseLines(text)) {
      for (const m of lineText.matchAll(INLINE_LINK)) {
        const target = m[1];
        const hash = target.indexOf('#');
        if (hash === 0 || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(target) || target.startsWith('/')) continue;
        const targetFile = path.resolve(path.dirname(file), decode(hash < 0 ? target : target.slice(0, hash)));
        if (targetFile === file || !texts.has(targetFile)) continue;
        fileLinks.set(targetFile, (fileLinks.get(targetFile) ?? 0) + 1);
        if (hash < 0) continue;
        const slug = decode(target.slice(hash + 1)).toLowerCase();
        if (!headingsOf(targetFile).has(slug)) continue;
        const key = `${targetFile}\0${slug}`;
        const byLinker = links.get(key) ?? new Map<string, number[]>();
        byLinker.set(file, [...(byLinker.get(file) ?? []), line]);
        links.set(key, byLinker);
      }
    }
  }
  // Most linking notes first; ties broken by path and slug so every run picks the same one.
  const best = [...links.entries()].sort(([ka, a], [kb, b]) => b.size - a.size || (ka < kb ? -1 : ka > kb ? 1 : 0))[0];
  if (!best) return mostLinkedNoteHeading(fileLinks, headingsOf);
  const [key, byLinker] = best;
  const [file, slug] = key.split('\0');
  const heading = headingsOf(file).get(slug)!;
  return {
    file, line: heading.line, slug,
    renamedLine: `${heading.raw.trimEnd()} renamed by bench`,
    linkers: [...byLinker.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([f, lines]) => ({ file: f, lines })),
    kind: 'linked-heading',
  };
}

function mostLinkedNoteHeading(fileLinks: Map<string, number>, headingsOf: (f: string) => Map<string, Heading>): LinkedHeading | undefined {
  const ranked = [...fileLinks.entries()].sort(([fa, a], [fb, b]) => b - a || (fa < fb ? -1 : 1));
  for (const [file] of ranked) {
    const first = [...headingsOf(file).entries()].sort(([, a], [, b]) => a.line - b.line)[0];
    if (first) return { file, line: first[1].line, slug: first[0], renamedLine: `${first[1].raw.trimEnd()} renamed by bench`, linkers: [], kind: 'no-heading-links' };
  }
  return undefined;
}

/** The note's text with the heading line replaced, line endings kept. */
export function renamedText(heading: LinkedHeading): string {
  const text = fs.readFileSync(heading.file, 'utf8');
  const parts = text.split(/(\r\n|\r|\n)/);
  parts[heading.line * 2] = heading.renamedLine;
  return parts.join('');
}
