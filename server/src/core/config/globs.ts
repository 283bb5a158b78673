import { minimatch } from 'minimatch';

/** Glob matching for ignore lists: `/` separators, dot files included, `**` across folders. */
export function matchesAnyGlob(candidates: string[], globs: readonly string[]): boolean {
  if (globs.length === 0) return false;
  return globs.some((glob) => candidates.some((c) => c !== '' && minimatch(c, glob, { dot: true, nocomment: true })));
}
