import type { ConceptDefinition, DefinitionForm } from '../model/types';
import { conceptKey, isCaseSensitiveTerm } from './normalize';

/** A concept: every definition that shares a name or alias with another, joined. */
export interface Concept {
  id: string;
  name: string;
  aliases: string[];
  /** Strongest first: bold-term, heading-aliases, front-matter, glossary, definition-list. */
  definitions: ConceptDefinition[];
  /** True when two definitions say different things; both are kept and reported. */
  conflicting: boolean;
}

const STRENGTH: Record<DefinitionForm, number> = {
  'bold-term': 0, 'heading-aliases': 1, 'front-matter': 2, glossary: 3, 'definition-list': 4,
};

/** Joins definitions into concepts with union–find over normalized names. */
export function buildConcepts(definitions: ConceptDefinition[]): Concept[] {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root)!;
    let cur = k;
    while (cur !== root) { const next = parent.get(cur)!; parent.set(cur, root); cur = next; }
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a), rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  for (const def of definitions) {
    const keys = [def.name, ...def.aliases].map(conceptKey).filter(Boolean);
    for (const k of keys) if (!parent.has(k)) parent.set(k, k);
    for (const k of keys.slice(1)) union(keys[0], k);
  }
  const groups = new Map<string, ConceptDefinition[]>();
  for (const def of definitions) {
    const root = find(conceptKey(def.name));
    const list = groups.get(root);
    if (list) list.push(def); else groups.set(root, [def]);
  }
  const concepts: Concept[] = [];
  for (const defs of groups.values()) {
    defs.sort((a, b) => STRENGTH[a.form] - STRENGTH[b.form] || a.uri.localeCompare(b.uri) || a.range.start.line - b.range.start.line);
    const name = defs[0].name;
    // Spellings that differ only in case stay distinct when one of them is an acronym
    // (`KVM` matches case-sensitively, so `kvm` must be kept as its own alias).
    const seen = new Set([spellingKey(name)]);
    const aliases: string[] = [];
    for (const d of defs) {
      for (const n of [d.name, ...d.aliases]) {
        const k = spellingKey(n);
        if (!seen.has(k)) { seen.add(k); aliases.push(n); }
      }
    }
    const texts = new Set(defs.map((d) => normalizeDefinitionText(d.definition)));
    concepts.push({ id: conceptKey(name), name, aliases, definitions: defs, conflicting: texts.size > 1 });
  }
  concepts.sort((a, b) => a.name.localeCompare(b.name));
  return concepts;
}

function normalizeDefinitionText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

function spellingKey(name: string): string {
  return isCaseSensitiveTerm(name) ? name.normalize('NFKC').trim() : conceptKey(name);
}
