/** `decodeURIComponent`, keeping the text as written when it is not valid percent-encoding. */
export function safeDecodeURIComponent(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}

/** Line breaks and the spaces around them become one space: a paragraph as one line. */
export function collapseLineBreaks(s: string): string {
  return s.replace(/\s*[\r\n]\s*/g, ' ').trim(); // a lone CR is a line break too
}
