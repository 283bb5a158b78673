import { safeDecodeURIComponent } from '../text/strings';
import GithubSlugger, { slug as githubSlug } from 'github-slugger';

/** GitHub's heading anchors: CJK kept, punctuation dropped, duplicates get `-1`, `-2`. */
export function createSlugger(): { slug(text: string): string } {
  const slugger = new GithubSlugger();
  return { slug: (text) => slugger.slug(text) };
}

/** The slug a single heading text would get with no duplicates before it. */
export function slugOf(text: string): string {
  return githubSlug(text);
}

/** Compares a link fragment with a slug the way browsers on GitHub do (decoded, case-insensitive). */
export function normalizeFragment(fragment: string): string {
  return safeDecodeURIComponent(fragment).toLowerCase();
}
