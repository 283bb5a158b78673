import { tagSymbols } from './tags';
import * as l10n from '@vscode/l10n';
import type { Range } from '../model/types';
import type { NoteIndex } from '../index/noteIndex';
import { conceptKey } from '../concepts/normalize';
import { blockIdsOf } from '../links/blockIds';

export interface NoteSymbol { name: string; kind: 'heading' | 'concept'; detail?: string; range: Range; selectionRange: Range; children: NoteSymbol[] }
export interface WorkspaceSymbol { name: string; kind: 'heading' | 'concept' | 'tag'; uri: string; range: Range; container?: string }

/** The heading outline, with the concepts each section defines beneath it. */
export function documentSymbols(index: NoteIndex, uri: string): NoteSymbol[] {
  const note = index.get(uri);
  if (!note) return [];
  const roots: NoteSymbol[] = [];
  const stack: Array<{ level: number; symbol: NoteSymbol }> = [];
  for (const h of note.headings) {
    const symbol: NoteSymbol = { name: h.text || l10n.t('(empty heading)'), kind: 'heading', range: h.range, selectionRange: h.contentRange, children: [] };
    while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
    (stack.length ? stack[stack.length - 1].symbol.children : roots).push(symbol);
    stack.push({ level: h.level, symbol });
  }
  for (const d of note.definitions) {
    const symbol: NoteSymbol = { name: d.name, kind: 'concept', detail: d.aliases.join(', '), range: d.fullRange, selectionRange: d.range, children: [] };
    const owner = findOwner(roots, d.range.start.line);
    (owner ? owner.children : roots).push(symbol);
  }
  return roots;
}

function findOwner(symbols: NoteSymbol[], line: number): NoteSymbol | undefined {
  let owner: NoteSymbol | undefined;
  for (const s of symbols) {
    if (s.kind === 'heading' && s.range.start.line <= line) owner = s;
  }
  if (!owner) return undefined;
  return findOwner(owner.children, line) ?? owner;
}

/**
 * Fuzzy, CJK-aware search over concept names, aliases and headings: a query matches
 * when its characters appear in order (case- and width-folded); `扩展` and `ept` both
 * find EPT through its aliases.
 */
export function workspaceSymbols(index: NoteIndex, query: string, limit = 200): WorkspaceSymbol[] {
  // `#query` asks for tags: every use of each tag whose name holds the query.
  if (query.trim().startsWith('#')) return tagSymbols(index, query, limit).map((s) => ({ ...s, kind: 'tag' }));
  const q = conceptKey(query).replace(/\s+/g, '');
  const scored: Array<{ score: number; symbol: WorkspaceSymbol }> = [];
  for (const c of index.concepts()) {
    const best = Math.max(...[c.name, ...c.aliases].map((n) => fuzzyScore(q, conceptKey(n))));
    if (best > 0) {
      const d = c.definitions[0];
      scored.push({ score: best + 1, symbol: { name: c.aliases.length ? `${c.name} (${c.aliases.join(', ')})` : c.name, kind: 'concept', uri: d.uri, range: d.range } });
    }
  }
  for (const note of index.all()) {
    for (const h of note.headings) {
      const score = fuzzyScore(q, conceptKey(h.text));
      if (score > 0) scored.push({ score, symbol: { name: h.text, kind: 'heading', uri: note.uri, range: h.range, container: note.title } });
    }
  }
  // `^id`: block ids across the vault, as Obsidian's `[[^^` searches them ("Link to blocks").
  if (query.trim().startsWith('^')) {
    const wanted = query.trim().slice(1).toLowerCase();
    for (const note of index.all()) {
      for (const block of blockIdsOf(note).values()) {
        const score = wanted === '' ? 1 : fuzzyScore(wanted, block.id.toLowerCase());
        if (score > 0) scored.push({ score, symbol: { name: '^' + block.id, kind: 'heading', uri: note.uri, range: block.range, container: note.title } });
      }
    }
  }
  scored.sort((a, b) => b.score - a.score || a.symbol.name.localeCompare(b.symbol.name));
  return scored.slice(0, limit).map((s) => s.symbol);
}

/** 0 = no match; higher is better: substring beats subsequence, prefix beats substring. */
export function fuzzyScore(query: string, target: string): number {
  if (query === '') return 1;
  const t = target.replace(/\s+/g, '');
  const at = t.indexOf(query);
  if (at === 0) return 100 - Math.min(50, t.length - query.length);
  if (at > 0) return 60 - Math.min(30, at);
  let i = 0;
  for (const ch of t) if (ch === query[i]) i++;
  return i === query.length ? 10 : 0;
}
