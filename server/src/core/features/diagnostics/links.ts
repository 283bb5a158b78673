import type { Link, Note } from '../../model/types';
import type { LinkResolver, FollowResult } from '../../links/linkResolver';
import type { Finding } from './types';
import { DiagnosticCodes } from '../../../../../shared/protocol';

/** Broken links of every kind, and reference definitions that are unused or duplicated. */
export async function checkLinks(note: Note, resolver: LinkResolver): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const link of note.links) {
    if (link.kind === 'autolink') continue;
    const result = await resolver.follow(note, link);
    const finding = linkFinding(link, result);
    if (finding) findings.push(finding);
  }
  for (const def of note.referenceDefinitions) {
    const result = await resolver.followTarget(note, def.target);
    const finding = targetFinding(def.targetRange, def.target, result);
    if (finding) findings.push(finding);
  }
  findings.push(...checkDefinitionUse(note));
  return findings;
}

function linkFinding(link: Link, result: FollowResult): Finding | undefined {
  if (result.status === 'no-such-reference') {
    return { code: DiagnosticCodes.noSuchReference, range: link.labelRange ?? link.range,
      message: `No link definition found: '${result.label}'. Add a line \`[${result.label}]: <target>\` or fix the label.`, data: { label: result.label } };
  }
  if (result.status === 'reference') return undefined; // the definition itself is checked once
  return targetFinding(link.targetRange ?? link.range, link.target ?? '', result);
}

function targetFinding(range: Link['range'], target: string, result: FollowResult): Finding | undefined {
  switch (result.status) {
    case 'missing-file':
      return { code: DiagnosticCodes.noSuchFile, range, message: `File does not exist at path: ${result.path}. Create the note or fix the link.`, data: { target, path: result.path } };
    case 'outside-workspace':
      return { code: DiagnosticCodes.noSuchFile, range, message: `Link points outside the workspace: ${result.path}. Links are only followed inside the workspace folders.`, data: { target, path: result.path, outside: true } };
    case 'file':
      if (!result.missingFragment || !result.note) return undefined;
      if (target.trim().startsWith('#')) {
        return { code: DiagnosticCodes.noSuchHeaderInOwnFile, range, message: `No heading found in this note for '#${result.fragment}'. Check the heading's slug.`, data: { target, fragment: result.fragment, uri: result.uri } };
      }
      return { code: DiagnosticCodes.noSuchHeaderInFile, range, message: `No heading found in '${result.note.title}' for '#${result.fragment}'. Check the heading's slug.`, data: { target, fragment: result.fragment, uri: result.uri } };
    default:
      return undefined;
  }
}

function checkDefinitionUse(note: Note): Finding[] {
  const used = new Set(note.links.filter((l) => l.kind === 'reference').map((l) => l.label));
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const def of note.referenceDefinitions) {
    if (seen.has(def.label)) {
      findings.push({ code: DiagnosticCodes.duplicateDefinition, range: def.labelRange, message: `Link definition '${def.rawLabel}' is defined more than once; the first one wins. Remove this one.`, data: { label: def.label } });
    } else if (!used.has(def.label)) {
      findings.push({ code: DiagnosticCodes.unusedDefinition, range: def.labelRange, message: `Link definition '${def.rawLabel}' is never used. Remove it or link to it.`, data: { label: def.label } });
    }
    seen.add(def.label);
  }
  return findings;
}
