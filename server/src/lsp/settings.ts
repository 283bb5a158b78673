import { isLinkStyleSetting } from '../core/links/linkStyle';
import { DEFAULT_SETTINGS, type ConceptNotesSettings } from '../../../shared/protocol';

/** Accepts whatever the client sent; unknown or mistyped values fall back to defaults. */
export function readSettings(raw: unknown): ConceptNotesSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const num = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : d);
  const strings = (v: unknown, d: string[]) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : d);
  return {
    maxFileSize: num(r.maxFileSize, DEFAULT_SETTINGS.maxFileSize),
    include: strings(r.include, DEFAULT_SETTINGS.include),
    exclude: strings(r.exclude, DEFAULT_SETTINGS.exclude),
    todoMarkers: strings(r.todoMarkers, DEFAULT_SETTINGS.todoMarkers),
    severity: r.severity && typeof r.severity === 'object' ? (r.severity as ConceptNotesSettings['severity']) : {},
    hoverMaxLength: num(r.hoverMaxLength, DEFAULT_SETTINGS.hoverMaxLength),
    highlightMentions: typeof r.highlightMentions === 'boolean' ? r.highlightMentions : DEFAULT_SETTINGS.highlightMentions,
    ignoreFiles: strings(r.ignoreFiles, DEFAULT_SETTINGS.ignoreFiles),
    ignoreLinks: strings(r.ignoreLinks, DEFAULT_SETTINGS.ignoreLinks),
    gaps: {
      minCount: num((r.gaps as Record<string, unknown> | undefined)?.minCount, DEFAULT_SETTINGS.gaps.minCount),
      maxTerms: num((r.gaps as Record<string, unknown> | undefined)?.maxTerms, DEFAULT_SETTINGS.gaps.maxTerms),
    },
    externalLinks: r.externalLinks === 'off' ? 'off' : 'onCommand',
    externalLinksTimeout: num(r.externalLinksTimeout, DEFAULT_SETTINGS.externalLinksTimeout),
    externalLinksConcurrency: Math.min(64, Math.floor(num(r.externalLinksConcurrency, DEFAULT_SETTINGS.externalLinksConcurrency))),
    externalLinksSkipHosts: strings(r.externalLinksSkipHosts, DEFAULT_SETTINGS.externalLinksSkipHosts),
    linkStyle: isLinkStyleSetting(r.linkStyle) ? r.linkStyle : DEFAULT_SETTINGS.linkStyle,
    externalLinksCheckFragments: typeof r.externalLinksCheckFragments === 'boolean' ? r.externalLinksCheckFragments : DEFAULT_SETTINGS.externalLinksCheckFragments,
  };
}
