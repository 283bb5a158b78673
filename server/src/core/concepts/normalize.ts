/**
 * Identity of a concept name, computed once: NFKC (full-width → half-width, compatibility
 * forms), collapsed whitespace. Acronyms keep their case; other names are case-folded.
 */
export function conceptKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** All-caps terms such as `EPT`, `KVM`, `PID` only match with the same case. */
export function isCaseSensitiveTerm(name: string): boolean {
  const letters = name.normalize('NFKC').replace(/[^A-Za-z]/g, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

/**
 * Folds one UTF-16 unit for matching without changing string length, so offsets in
 * the folded text are offsets in the note: full-width ASCII → ASCII, ideographic
 * space → space, ASCII letters kept (case is folded separately).
 */
export function foldWidth(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x3000) return 0x20;
  return code;
}

export function foldForMatching(text: string, caseFold: boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    let c = foldWidth(text.charCodeAt(i));
    if (caseFold && c >= 65 && c <= 90) c += 32;
    out += String.fromCharCode(c);
  }
  return out;
}
