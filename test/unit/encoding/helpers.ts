import * as fs from 'node:fs';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const sharedRoot = path.resolve(repoRoot, '..', 'shared');
export const corporaRoot = path.join(sharedRoot, 'corpora');
export const seed004Path = path.join(sharedRoot, 'seeds', '004_186f89a5fe74f5dd.txt');

export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out.sort();
}
