export const LEXICON_DATA = '1|1||4';
