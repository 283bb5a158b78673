import { createLexicon, type ChineseLexicon, type LexiconInput } from './chineseLexicon';
import { withDomainTerms } from './domainTerms';
import { decodeLexicon } from './lexiconCodec';
import { LEXICON_DATA } from './lexiconData';

let cached: ChineseLexicon | undefined;

/** The bundled jieba lexicon plus the notes' domain terms, decoded on first use. */
export function defaultLexicon(): ChineseLexicon {
  if (!cached) {
    const entries: LexiconInput[] = [];
    decodeLexicon(LEXICON_DATA, (word, freq, wordClass) => entries.push([word, freq, wordClass]));
    cached = createLexicon(withDomainTerms(entries));
  }
  return cached;
}
