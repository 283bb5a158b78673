import * as fs from 'node:fs';
import * as path from 'node:path';
import { seedsRoot } from '../../corpusTier';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export { sharedRoot, corporaRoot } from '../../corpusTier';
/** In the corpus tier: tests reading it use corpusIt / corpusDescribe with this path. */
export const seed004Path = path.join(seedsRoot, '004_186f89a5fe74f5dd.txt');

export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out.sort();
}
