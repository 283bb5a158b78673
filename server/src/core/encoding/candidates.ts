import type { MojibakeUnit } from './units';
import { decodeSequence, plausibility } from './utf8Units';

/**
 * The characters an incomplete unit may have been: every way of putting the missing
 * continuation bytes (drawn from the bytes the code page drops) around the ones that
 * survived, in order, keeping only sequences that decode to a believable character.
 * `rare` characters are kept only when no `common` one fits.
 */
export function completions(unit: MojibakeUnit, dropped: readonly number[]): number[] {
  if (unit.codePoint >= 0) return [unit.codePoint];
  const missing = unit.length - 1 - unit.conts.length;
  const common = new Set<number>();
  const rare = new Set<number>();
  const bytes: number[] = [unit.lead];
  const place = (nextPresent: number, stillMissing: number) => {
    if (bytes.length === unit.length) {
      const cp = decodeSequence(bytes);
      const p = plausibility(cp);
      if (p === 'common') common.add(cp);
      else if (p === 'rare') rare.add(cp);
      return;
    }
    if (nextPresent < unit.conts.length) {
      bytes.push(unit.conts[nextPresent]);
      place(nextPresent + 1, stillMissing);
      bytes.pop();
    }
    if (stillMissing > 0) {
      for (const b of dropped) {
        bytes.push(b);
        place(nextPresent, stillMissing - 1);
        bytes.pop();
      }
    }
  };
  place(0, missing);
  return [...(common.size > 0 ? common : rare)];
}
