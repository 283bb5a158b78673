// Maps over a note's headings and link definitions, built once per list, so following
// a link costs one lookup instead of a scan of every heading (a note with 120,000
// headings that link to each other would otherwise be quadratic).
import type { Heading, ReferenceDefinition } from './types';

interface Built { length: number; map: Map<string, number> }

const bySlug = new WeakMap<readonly Heading[], Built>();
const byLowerText = new WeakMap<readonly Heading[], Built>();
const byLabel = new WeakMap<readonly ReferenceDefinition[], Built>();

/** The index of the first of `items` under each key; rebuilt if the list grew (notes are filled while parsed). */
function firstByKey<T>(cache: WeakMap<readonly T[], Built>, items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, number> {
  let built = cache.get(items);
  if (!built || built.length !== items.length) {
    const map = new Map<string, number>();
    items.forEach((item, i) => {
      const key = keyOf(item);
      if (key !== undefined && !map.has(key)) map.set(key, i);
    });
    built = { length: items.length, map };
    cache.set(items, built);
  }
  return built.map;
}

/** The first heading with this slug, or (for wiki links, `byText`) whose lower-cased text is it. */
export function headingFor(headings: readonly Heading[], wanted: string, byText = false): Heading | undefined {
  const slugAt = firstByKey(bySlug, headings, (h) => h.slug).get(wanted) ?? Infinity;
  const textAt = byText ? firstByKey(byLowerText, headings, (h) => h.text.toLowerCase()).get(wanted) ?? Infinity : Infinity;
  const first = Math.min(slugAt, textAt);
  return first === Infinity ? undefined : headings[first];
}

/** The first definition of a (normalized) label: the one that wins. */
export function definitionFor(definitions: readonly ReferenceDefinition[], label: string | undefined): ReferenceDefinition | undefined {
  const at = label === undefined ? undefined : firstByKey(byLabel, definitions, (d) => d.label).get(label);
  return at === undefined ? undefined : definitions[at];
}
