import type { Link, Note, Range } from '../../model/types';
import type { LinkResolver, FollowResult } from '../../links/linkResolver';
import * as l10n from '@vscode/l10n';
import type { Finding } from './types';
import { DiagnosticCodes } from '../../../../../shared/protocol';
import { relativePath, shownPath } from '../../model/uris';
import { matchesAnyGlob } from '../../config/globs';
import { checkReferenceSyntax } from './referenceSyntax';
import { safeDecodeURIComponent } from '../../text/strings';

export interface LinkCheckOptions {
  /** Globs of link targets that are not checked. */
  ignoreLinks: readonly string[];
  /** The workspace root of the note, for root-relative glob matching. */
  rootUri: string;
}

/** Broken links of every kind, and reference definitions that are unused or duplicated. */
export async function checkLinks(note: Note, resolver: LinkResolver, options: LinkCheckOptions = { ignoreLinks: [], rootUri: '' }): Promise<Finding[]> {
  const findings: Finding[] = [];
  const ignored = (target: string, result: FollowResult) => isIgnoredTarget(target, result, options);
  const style = await resolver.styleOf(note.uri);
  const links = note.links.filter((link) => link.kind !== 'autolink');
  const linkResults = await inChunks(links, (link) => resolver.follow(note, link));
  links.forEach((link, i) => {
    const result = linkResults[i];
    if (link.kind !== 'reference' && ignored(link.target ?? '', result)) return;
    if (result.status === 'no-such-reference' && isCitationRun(link)) return;
    findings.push(...linkFinding(style === 'github-wiki' ? withPageRange(link) : link, result, options.rootUri));
  });
  const definitionResults = await inChunks(note.referenceDefinitions, (def) => resolver.followDestination(note, def.target));
  for (const [i, def] of note.referenceDefinitions.entries()) {
    const result = definitionResults[i];
    if (ignored(def.target, result)) continue;
    findings.push(...targetFindings(def.targetRange, def.target, result, 'definition', options.rootUri));
  }
  findings.push(...checkDefinitionUse(note, style === 'markdown' ? undefined : wikiTargets(note)), ...checkReferenceSyntax(note));
  return findings;
}

/**
 * Follows a chunk of links at a time: a note with 50,000 links to distinct missing files
 * needs 50,000 stats, and one at a time each waits a full trip through the event loop.
 */
async function inChunks<T, R>(items: T[], follow: (item: T) => Promise<R>, width = 64): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += width) results.push(...await Promise.all(items.slice(i, i + width).map(follow)));
  return results;
}

/** `[[Link text|page-name]]` in a GitHub wiki: the page is the second part, so findings (and fixes) sit there. */
function withPageRange(link: Link): Link {
  if (link.kind !== 'wiki' || link.text === link.target || link.range.start.line !== link.range.end.line) return link;
  const end = link.range.end.character - 2;
  return { ...link, targetRange: { start: { line: link.range.end.line, character: end - link.text.length }, end: { line: link.range.end.line, character: end } } };
}

/**
 * `[1][2]`, `[3][4][5]`: numbered citations side by side, not a reference link, when the
 * note defines no such label (CommonMark leaves them as text then; only the checker
 * would call them references).
 */
function isCitationRun(link: Link): boolean {
  return link.referenceType === 'full' && /^\s*\d{1,4}\s*$/.test(link.text) && /^\d{1,4}$/.test((link.label ?? '').trim());
}

function linkFinding(link: Link, result: FollowResult, rootUri: string): Finding[] {
  if (result.status === 'no-such-reference') {
    return [{ code: DiagnosticCodes.noSuchReference, range: link.labelRange ?? link.range,
      message: l10n.t("No link definition found: '{label}'. Add a line `[{label}]: <target>` or fix the label.", { label: result.label }), data: { label: result.label } }];
  }
  if (result.status === 'reference') return []; // the definition itself is checked once
  return targetFindings(link.targetRange ?? link.range, link.target ?? '', result, link.kind, rootUri);
}

/** An ambiguous name is reported, and so is a fragment the file it opens lacks. */
function targetFindings(range: Range, target: string, result: FollowResult, kind: Link['kind'] | 'definition', rootUri: string): Finding[] {
  const out: Finding[] = [];
  if (result.status === 'file' && result.ambiguous) {
    out.push({ code: DiagnosticCodes.ambiguousLink, range, message: l10n.t("'{target}' matches {count} files ({files}); it opens the first. Write a longer path to pick one.", { target, count: result.ambiguous.length, files: result.ambiguous.map((uri) => shownPath(rootUri, uri)).join(', ') }),
      data: { target, kind, candidates: result.ambiguous } });
  }
  const finding = targetFinding(range, target, result, kind);
  if (finding) out.push(finding);
  return out;
}

function targetFinding(range: Range, target: string, result: FollowResult, kind: Link['kind'] | 'definition'): Finding | undefined {
  switch (result.status) {
    case 'missing-file':
      return { code: DiagnosticCodes.noSuchFile, range, message: l10n.t('File does not exist at path: {path}. Create the note or fix the link.', { path: result.path }),
        data: { target, path: result.path, candidates: result.candidates, kind } };
    case 'outside-workspace':
      return { code: DiagnosticCodes.noSuchFile, range, message: l10n.t('Link points outside the workspace: {path}. Links are only followed inside the workspace folders.', { path: result.path }), data: { target, path: result.path, outside: true, kind } };
    case 'file': {
      if (result.missingBlock && result.note) {
        return { code: DiagnosticCodes.noSuchBlock, range, message: l10n.t("No block with id '^{id}' in '{note}'. Add the id after the block or fix the link.", { id: (result.fragment ?? '').replace(/^.*\^/, ''), note: result.note.title }),
          data: { target, fragment: result.fragment, uri: result.uri, kind } };
      }
      if (!result.missingFragment || !result.note) return undefined;
      // The closest slugs are looked for by the quick fix, when asked: here they would cost every heading per finding.
      // Obsidian, Foam and wiki links name headings by their text: the quick fix writes text too.
      const data = { target, fragment: result.fragment, uri: result.uri, kind, ...(result.heading === undefined && kind !== 'wiki' && byText(result) ? { byText: true } : {}) };
      if (isOwnFragment(target)) {
        return { code: DiagnosticCodes.noSuchHeaderInOwnFile, range, message: l10n.t("No heading found in this note for '#{fragment}'. Check the heading's slug.", { fragment: result.fragment ?? '' }), data };
      }
      return { code: DiagnosticCodes.noSuchHeaderInFile, range, message: l10n.t("No heading found in '{note}' for '#{fragment}'. Check the heading's slug.", { note: result.note.title, fragment: result.fragment ?? '' }), data };
    }
    default:
      return undefined;
  }
}

/** A name-based resolution ran (it only leaves `missingFragment` from heading-text matching). */
function byText(result: FollowResult): boolean {
  return result.status === 'file' && result.byText === true;
}

/** `#frag`, `<#frag>` and `[[#frag]]` point into the note itself. */
function isOwnFragment(target: string): boolean {
  return target.trim().replace(/^</, '').startsWith('#');
}

/** A target is ignored when a glob matches it as written, without its fragment, or as a root-relative path. */
function isIgnoredTarget(target: string, result: FollowResult, options: LinkCheckOptions): boolean {
  if (options.ignoreLinks.length === 0) return false;
  const written = target.trim().replace(/^<|>$/g, '');
  const noFragment = written.replace(/#.*$/, '');
  const candidates = [written, noFragment, safeDecodeURIComponent(noFragment)];
  const resolvedUri = result.status === 'file' ? result.uri : result.status === 'missing-file' ? result.candidates[0] : undefined;
  const rel = resolvedUri && options.rootUri ? relativePath(options.rootUri, resolvedUri) : undefined;
  if (rel !== undefined) candidates.push(rel, '/' + rel);
  return matchesAnyGlob(candidates, options.ignoreLinks);
}

/**
 * Labels of a note's wiki links. Foam writes a `[name]: path "Title"` definition for each
 * `[[name]]` so that other Markdown tools follow it (Foam docs, "Link Reference
 * Definitions"): such a definition is used by its wiki link.
 */
function wikiTargets(note: Note): Set<string> {
  const out = new Set<string>();
  for (const l of note.links) if (l.kind === 'wiki' && l.target) out.add(l.target.replace(/\\$/, '').trim().toLowerCase().replace(/\s+/g, ' '));
  return out;
}


function checkDefinitionUse(note: Note, wikiLabels?: Set<string>): Finding[] {
  const used = new Set(note.links.filter((l) => l.kind === 'reference').map((l) => l.label));
  for (const label of wikiLabels ?? []) used.add(label);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const def of note.referenceDefinitions) {
    if (seen.has(def.label)) {
      findings.push({ code: DiagnosticCodes.duplicateDefinition, range: def.labelRange, message: l10n.t("Link definition '{label}' is defined more than once; the first one wins. Remove this one.", { label: def.rawLabel }), data: { label: def.label, line: def.range.start.line } });
    } else if (!used.has(def.label)) {
      findings.push({ code: DiagnosticCodes.unusedDefinition, range: def.labelRange, message: l10n.t("Link definition '{label}' is never used. Remove it or link to it.", { label: def.rawLabel }), data: { label: def.label, line: def.range.start.line } });
    }
    seen.add(def.label);
  }
  return findings;
}
