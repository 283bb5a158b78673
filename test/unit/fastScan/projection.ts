// What the fast scan promises to get exactly like the full parse: the facts link
// diagnostics and the link graph are built from. Each fact becomes one comparable line.
import type { Note } from '../../../server/src/core/model/types';
import { ConceptMatcher } from '../../../server/src/core/concepts/matcher';
import { findMentions } from '../../../server/src/core/concepts/mentions';
import { MENTION_TERMS } from './generatedNotes';

const at = (r: { start: { line: number; character: number } }) => `${r.start.line}:${r.start.character}`;
const span = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) => `${at(r)}-${r.end.line}:${r.end.character}`;

export function linkFacts(note: Note): string[] {
  const facts: string[] = [];
  for (const h of note.headings) facts.push(`heading ${span(h.range)} h${h.level} ${JSON.stringify(h.text)} #${h.slug}`);
  for (const l of note.links) {
    facts.push(`link ${span(l.range)} ${l.kind} ${l.referenceType ?? ''} ${JSON.stringify(l.target ?? null)} text=${JSON.stringify(l.text)} label=${JSON.stringify(l.label ?? null)} `
      + `target@${l.targetRange ? span(l.targetRange) : '-'} label@${l.labelRange ? span(l.labelRange) : '-'}${l.isImage ? ' image' : ''}`);
  }
  for (const d of note.referenceDefinitions) facts.push(`definition ${at(d.range)} ${JSON.stringify(d.label)} ${JSON.stringify(d.target)} label@${span(d.labelRange)} target@${span(d.targetRange)}`);
  for (const f of note.footnotes) facts.push(`footnote ${at(f.range)} ${f.isDefinition ? 'definition' : 'call'} ${JSON.stringify(f.label)}`);
  return facts.sort();
}

/** Concept definitions, tasks, TODO markers and the title: what concepts, hovers and TODO lint read. */
export function conceptFacts(note: Note): string[] {
  const facts = [`title ${JSON.stringify(note.title)}`];
  for (const d of note.definitions) {
    facts.push(`definition ${d.form} ${span(d.range)} full=${span(d.fullRange)} ${JSON.stringify(d.name)} ${JSON.stringify(d.aliases)} ${JSON.stringify(d.sectionPath)} ${JSON.stringify(d.definition)}`);
  }
  for (const t of note.tasks) facts.push(`task ${at(t.range)} ${t.checked} ${JSON.stringify(t.text)}`);
  for (const t of note.todos) facts.push(`todo ${span(t.range)} ${t.marker} ${t.inHeading} ${JSON.stringify(t.text)}`);
  return facts.sort();
}

/** Tag uses, front matter and inline: what the Tags tree, tag completion, references and rename read. */
export function tagFacts(note: Note): string[] {
  return note.tags.map((t) => `tag ${span(t.range)} ${JSON.stringify(t.name)}${t.inFrontMatter ? ' front-matter' : ''}`).sort();
}

/**
 * Code ranges and prose, where mentions and TODOs are looked for. Prose is compared as the
 * non-blank characters it covers: remark ends a text node before a hard break's spaces,
 * the scan at the line's end, and neither is prose that matters.
 */
export function textFacts(note: Note): string[] {
  const facts = note.codeRanges.map((r) => `code ${span(r)}`);
  const covered = new Uint8Array(note.text.length);
  for (const [s, e] of note.proseSpans) covered.fill(1, s, e);
  for (let i = 0; i < covered.length; i++) {
    if (!covered[i] || /\s/.test(note.text[i])) continue;
    let j = i;
    while (j < covered.length && covered[j] && !/\s/.test(note.text[j])) j++;
    facts.push(`prose ${i}-${j}`);
    i = j;
  }
  return facts.sort();
}

/** Facts only one side has, for a readable failure message. */
export function factDiff(full: string[], fast: string[]): { missing: string[]; extra: string[] } {
  const pool = new Map<string, number>();
  for (const f of fast) pool.set(f, (pool.get(f) ?? 0) + 1);
  const missing: string[] = [];
  for (const f of full) {
    const n = pool.get(f) ?? 0;
    if (n > 0) pool.set(f, n - 1); else missing.push(f);
  }
  const extra = [...pool].flatMap(([f, n]) => Array<string>(n).fill(f));
  return { missing, extra };
}

const matcher = new ConceptMatcher(MENTION_TERMS.map((term) => ({ term, conceptId: term })));

/** Concept mentions of a fixed set of terms, found in the note's prose. */
export function mentionFacts(note: Note): string[] {
  return findMentions(note, matcher).map((m) => `mention ${m.start}-${m.end} ${m.conceptId}`).sort();
}

/** Every fact on which two reads of one note differ, `full` being the reference. */
export function differences(full: Note, fast: Note): string[] {
  const out: string[] = [];
  for (const [what, project] of [['links', linkFacts], ['concepts', conceptFacts], ['text', textFacts], ['tags', tagFacts], ['mentions', mentionFacts]] as const) {
    const d = factDiff(project(full), project(fast));
    for (const f of d.missing) out.push(`${what}: only remark: ${f}`);
    for (const f of d.extra) out.push(`${what}: only the scan: ${f}`);
  }
  return out;
}
