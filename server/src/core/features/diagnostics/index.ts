import type { Note } from '../../model/types';
import type { NoteIndex } from '../../index/noteIndex';
import type { LinkResolver } from '../../links/linkResolver';
import type { ConceptNotesSettings } from '../../../../../shared/protocol';
import type { Finding, NoteDiagnostic } from './types';
import { checkLinks } from './links';
import { checkTodos } from './todos';
import { checkInvalidUtf8 } from './encoding';
import { checkConceptDefinitions } from './concepts';
import { lintOptions, type LintSettings } from '../../config/lintConfig';
import { rootOf, type WorkspaceConfigCache } from '../../config/workspaceConfig';
import { neverCancelled, type CancellationToken } from '../../workspace';
import { readSuppressions } from '../../config/suppressions';
import { matchesAnyGlob } from '../../config/globs';
import { relativePath } from '../../model/uris';
import { collectExternalLinks, type ExternalLinkRef } from '../../external/collectLinks';
import type { ExternalResults } from '../../external/externalResults';

export type { NoteDiagnostic, Finding };

/** Additional per-note checks registered by other modules (e.g. mojibake detection). */
export type NoteCheck = (note: Note) => Finding[];

/** The lint options a note is checked with; undefined when `ignoreFiles` leaves it out. */
export async function noteLintOptions(note: Note, resolver: LinkResolver, configs: WorkspaceConfigCache, settings: ConceptNotesSettings): Promise<ReturnType<typeof lintOptions> | undefined> {
  const lint = settings as LintSettings;
  const rootUri = rootOf(resolver.workspace.roots, note.uri);
  const file = lint.configFile ?? (await configs.forNote(note.uri)).config;
  const options = lintOptions(lint, file);
  const rel = relativePath(rootUri, note.uri);
  return rel !== undefined && matchesAnyGlob([rel], options.ignoreFiles) ? undefined : options;
}

/** The web links of a note that an external check would request. */
export async function externalLinksOf(note: Note, resolver: LinkResolver, configs: WorkspaceConfigCache, settings: ConceptNotesSettings): Promise<ExternalLinkRef[]> {
  const options = await noteLintOptions(note, resolver, configs, settings);
  return options ? collectExternalLinks(note, options) : [];
}

/**
 * All findings for one note, after the lint options apply: severities from settings and
 * `.concept-notes.json` (codes set to `off` are dropped), ignored files and link
 * targets, and inline suppression comments. Web-link findings come only from the
 * verdicts of a check the user asked for (`external`).
 */
export async function computeDiagnostics(note: Note, index: NoteIndex, resolver: LinkResolver, configs: WorkspaceConfigCache, settings: ConceptNotesSettings, extraChecks: NoteCheck[] = [], external?: ExternalResults,
  token: CancellationToken = neverCancelled): Promise<NoteDiagnostic[] | undefined> {
  // Undefined when cancelled, checked between the steps that take time (config, links, the rest).
  if (token.isCancellationRequested) return undefined;
  const options = await noteLintOptions(note, resolver, configs, settings);
  if (token.isCancellationRequested) return undefined;
  if (!options) return [];
  const rootUri = rootOf(resolver.workspace.roots, note.uri);

  const linkFindings = await checkLinks(note, resolver, { ignoreLinks: options.ignoreLinks, rootUri });
  if (token.isCancellationRequested) return undefined;
  const findings: Finding[] = [
    ...linkFindings,
    ...checkTodos(note),
    ...checkInvalidUtf8(note),
    ...checkConceptDefinitions(note, (name) => index.concept(name), rootUri),
    ...extraChecks.flatMap((check) => check(note)),
    ...(external && !external.isEmpty ? external.findings(collectExternalLinks(note, options)) : []),
  ];
  const suppressions = readSuppressions(note);
  const out: NoteDiagnostic[] = [];
  for (const f of findings) {
    const severity = options.severity[f.code];
    if (severity === 'off' || suppressions.isSuppressed(f.code, f.range)) continue;
    out.push({ ...f, severity });
  }
  if (token.isCancellationRequested) return undefined;
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
