// A link destination as remark reports it (`node.url`): backslash escapes removed and
// character references decoded. Named references beyond the everyday few return
// undefined, so the caller falls back to the full parse rather than guess.

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeDestination(raw: string): string | undefined {
  let unknown = false;
  const decoded = raw
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/g, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
      }
      if (name in NAMED) return NAMED[name];
      unknown = true;
      return whole;
    });
  return unknown ? undefined : decoded;
}
