import type { ChineseLexicon } from './chineseLexicon';

/**
 * Picks one option per slot so that the whole stretch reads best: a jieba-style maximum
 * probability segmentation, run over a lattice instead of a fixed string. A dictionary word
 * may span several slots when each of its characters is among their options, so the
 * neighbours of a damaged character decide what it was.
 */
export interface SlotOption {
  text: string;
  /** Han characters are scored by the lexicon; anything else by `prior`. */
  han: boolean;
  /** ln-probability for a non-Han option standing alone (ignored for Han). */
  prior: number;
  /** ln-odds from the neighbours, added to whatever word the option ends up in. */
  bonus?: number;
}

export interface Slot {
  options: SlotOption[];
}

export interface LatticeResult {
  /** Chosen option index per slot. */
  choice: number[];
  /** Per slot: ln-odds of the chosen option against the best path that avoids it (Infinity when fixed). */
  margin: number[];
}

interface Edge {
  from: number;
  to: number;
  score: number;
  choices: number[];
}

export function decodeLattice(slots: Slot[], lexicon: ChineseLexicon): LatticeResult {
  const n = slots.length;
  const edges = buildEdges(slots, lexicon);
  const endingAt: Edge[][] = Array.from({ length: n + 1 }, () => []);
  const startingAt: Edge[][] = Array.from({ length: n + 1 }, () => []);
  for (const e of edges) {
    endingAt[e.to].push(e);
    startingAt[e.from].push(e);
  }
  const forward = new Array<number>(n + 1).fill(-Infinity);
  const backPointer = new Array<Edge | undefined>(n + 1);
  forward[0] = 0;
  for (let j = 1; j <= n; j++) {
    for (const e of endingAt[j]) {
      const s = forward[e.from] + e.score;
      // Ties go to the longer word: it carries the more specific evidence.
      if (s > forward[j] || (s === forward[j] && backPointer[j] && e.to - e.from > backPointer[j]!.to - backPointer[j]!.from)) {
        forward[j] = s;
        backPointer[j] = e;
      }
    }
  }
  const backward = new Array<number>(n + 1).fill(-Infinity);
  backward[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    for (const e of startingAt[i]) backward[i] = Math.max(backward[i], e.score + backward[e.to]);
  }
  const choice = new Array<number>(n).fill(0);
  for (let j = n; j > 0; ) {
    const e = backPointer[j]!;
    e.choices.forEach((c, k) => (choice[e.from + k] = c));
    j = e.from;
  }
  return { choice, margin: margins(slots, edges, forward, backward, forward[n], choice) };
}

/** Max-marginal gap: best total score minus the best total score with another option. */
function margins(slots: Slot[], edges: Edge[], forward: number[], backward: number[], best: number, choice: number[]): number[] {
  const bestOther = new Array<number>(slots.length).fill(-Infinity);
  for (const e of edges) {
    const through = forward[e.from] + e.score + backward[e.to];
    e.choices.forEach((c, k) => {
      const s = e.from + k;
      if (c !== choice[s] && through > bestOther[s]) bestOther[s] = through;
    });
  }
  return bestOther.map((other, s) => (slots[s].options.length < 2 ? Infinity : best - other));
}

function buildEdges(slots: Slot[], lexicon: ChineseLexicon): Edge[] {
  const edges: Edge[] = [];
  for (let i = 0; i < slots.length; i++) {
    slots[i].options.forEach((o, c) => {
      edges.push({ from: i, to: i + 1, score: (o.han ? lexicon.charLogProb(o.text) : o.prior) + (o.bonus ?? 0), choices: [c] });
    });
    // Multi-character dictionary words starting here, walking the options of each slot.
    const walk = (prefix: string, at: number, choices: number[]) => {
      if (at >= slots.length || choices.length >= lexicon.maxWordLength) return;
      slots[at].options.forEach((o, c) => {
        if (!o.han) return;
        const word = prefix + o.text;
        const picked = [...choices, c];
        const lp = lexicon.wordLogProb(word);
        if (lp !== undefined) edges.push({ from: i, to: at + 1, score: lp + bonusOf(slots, i, picked), choices: picked });
        if (lexicon.isPrefix(word)) walk(word, at + 1, picked);
      });
    };
    slots[i].options.forEach((o, c) => {
      if (o.han && lexicon.isPrefix(o.text)) walk(o.text, i + 1, [c]);
    });
  }
  return edges;
}

function bonusOf(slots: Slot[], from: number, choices: number[]): number {
  let sum = 0;
  choices.forEach((c, k) => (sum += slots[from + k].options[c].bonus ?? 0));
  return sum;
}
