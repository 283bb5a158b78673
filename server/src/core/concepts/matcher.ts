import { foldForMatching, foldWidth, isCaseSensitiveTerm } from './normalize';

/** A term the matcher looks for, tied to the concept it names. */
export interface MatchTerm { term: string; conceptId: string }
export interface TermHit { start: number; end: number; conceptId: string; term: string }

interface State { next: Map<number, number>; fail: number; outputs: number[] }

const isAsciiWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * One Aho–Corasick automaton over every concept name and alias, matched on text folded
 * for width and case; leftmost-longest hits win. ASCII-edged terms need word boundaries
 * against ASCII letters and digits only, so `EPT页表` and `用cgroups限制` match.
 */
export class ConceptMatcher {
  private readonly states: State[] = [{ next: new Map(), fail: 0, outputs: [] }];
  private readonly terms: Array<MatchTerm & { folded: string; exact: string | undefined }> = [];

  constructor(terms: MatchTerm[]) {
    const seen = new Set<string>();
    for (const t of terms.flatMap(withSpacingVariants)) {
      const term = t.term.normalize('NFKC').trim();
      if (term.length < 2 && !/\p{Script=Han}/u.test(term)) continue;
      const exact = isCaseSensitiveTerm(term) ? foldForMatching(term, false) : undefined;
      const key = `${exact ?? foldForMatching(term, true)}\u0000${t.conceptId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      this.add({ ...t, term, folded: foldForMatching(term, true), exact });
    }
    this.build();
  }

  get size(): number { return this.terms.length; }

  private add(term: MatchTerm & { folded: string; exact: string | undefined }): void {
    let s = 0;
    for (let i = 0; i < term.folded.length; i++) {
      const c = term.folded.charCodeAt(i);
      let n = this.states[s].next.get(c);
      if (n === undefined) {
        n = this.states.length;
        this.states.push({ next: new Map(), fail: 0, outputs: [] });
        this.states[s].next.set(c, n);
      }
      s = n;
    }
    this.states[s].outputs.push(this.terms.length);
    this.terms.push(term);
  }

  private build(): void {
    const queue: number[] = [];
    for (const n of this.states[0].next.values()) queue.push(n);
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      for (const [c, n] of this.states[s].next) {
        let f = this.states[s].fail;
        while (f !== 0 && !this.states[f].next.has(c)) f = this.states[f].fail;
        const target = this.states[f].next.get(c);
        this.states[n].fail = target !== undefined && target !== n ? target : 0;
        this.states[n].outputs.push(...this.states[this.states[n].fail].outputs);
        queue.push(n);
      }
    }
  }

  /** Hits inside `text[from, to)`, non-overlapping, leftmost-longest. */
  findAll(text: string, from = 0, to = text.length): TermHit[] {
    if (this.terms.length === 0) return [];
    const candidates: TermHit[] = [];
    let s = 0;
    for (let i = from; i < to; i++) {
      let c = foldWidth(text.charCodeAt(i));
      if (c >= 65 && c <= 90) c += 32;
      while (s !== 0 && !this.states[s].next.has(c)) s = this.states[s].fail;
      s = this.states[s].next.get(c) ?? 0;
      for (const o of this.states[s].outputs) {
        const term = this.terms[o];
        const start = i + 1 - term.folded.length;
        if (start < from || !this.accept(text, start, i + 1, term)) continue;
        candidates.push({ start, end: i + 1, conceptId: term.conceptId, term: term.term });
      }
    }
    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    const hits: TermHit[] = [];
    let lastEnd = -1;
    for (const h of candidates) {
      if (h.start >= lastEnd) { hits.push(h); lastEnd = h.end; }
    }
    return hits;
  }

  private accept(text: string, start: number, end: number, term: { folded: string; exact: string | undefined }): boolean {
    if (term.exact !== undefined) {
      for (let k = 0; k < term.exact.length; k++) {
        if (foldWidth(text.charCodeAt(start + k)) !== term.exact.charCodeAt(k)) return false;
      }
    }
    const first = term.folded.charCodeAt(0);
    const last = term.folded.charCodeAt(term.folded.length - 1);
    if (isAsciiWordChar(first) && start > 0 && isAsciiWordChar(foldWidth(text.charCodeAt(start - 1)))) return false;
    if (isAsciiWordChar(last) && end < text.length && isAsciiWordChar(foldWidth(text.charCodeAt(end)))) return false;
    return true;
  }
}

/**
 * Notes write `虚拟 CPU` and `虚拟CPU`, `I/O 虚拟化` and `I/O虚拟化` interchangeably: a space
 * between Han and Latin text is optional, so both spellings are matched.
 */
function withSpacingVariants(t: MatchTerm): MatchTerm[] {
  const squeezed = t.term.replace(/(?<=\p{Script=Han})\s+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9/])\s+(?=\p{Script=Han})/gu, '');
  return squeezed === t.term ? [t] : [t, { ...t, term: squeezed }];
}
