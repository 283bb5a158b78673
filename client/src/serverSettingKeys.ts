import type { ConceptNotesSettings } from '../../shared/protocol';

/**
 * Every setting the server reads, sent at start-up. A record over the keys of
 * ConceptNotesSettings: a setting added there and forgotten here does not compile
 * (`include` once went missing this way and was ignored at start-up).
 */
const SERVER_SETTINGS: Record<keyof ConceptNotesSettings, true> = {
  maxFileSize: true, include: true, exclude: true, todoMarkers: true, severity: true, hoverMaxLength: true,
  highlightMentions: true, ignoreFiles: true, ignoreLinks: true, gaps: true, externalLinks: true,
  externalLinksTimeout: true, externalLinksConcurrency: true, externalLinksSkipHosts: true, externalLinksCheckFragments: true,
  linkStyle: true,
};
export const SERVER_SETTING_KEYS = Object.keys(SERVER_SETTINGS) as Array<keyof ConceptNotesSettings>;
