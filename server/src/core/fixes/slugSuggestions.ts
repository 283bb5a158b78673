// "Did you mean …" for a broken `#fragment`: computed when a quick fix is asked for,
// never while checking (a note with thousands of headings and broken fragments would
// compare every fragment with every heading).
import type { Heading } from '../model/types';
import { normalizeFragment } from '../model/slug';
import { closestMatches } from './similarity';

/** Slugs near the broken fragment (by slug and by heading text), best first. */
export function suggestSlugs(fragment: string, headings: readonly Heading[]): string[] {
  const wanted = normalizeFragment(fragment);
  const bySlug = closestMatches(wanted, headings, (h) => h.slug);
  const byText = closestMatches(wanted, headings, (h) => h.text);
  const merged = [...bySlug, ...byText].sort((a, b) => a.score - b.score);
  return [...new Set(merged.map((s) => s.item.slug))].slice(0, 3);
}
