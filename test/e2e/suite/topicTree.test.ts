// The Topics view's data, read through the extension's exported tree provider: the
// same getChildren/getTreeItem calls VS Code makes to draw the sidebar.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, pollUntil } from './helpers';

type Provider = vscode.TreeDataProvider<unknown>;

async function labelOf(provider: Provider, node: unknown): Promise<string> {
  const item = await provider.getTreeItem(node);
  const label = item.label;
  return typeof label === 'string' ? label : label?.label ?? '';
}

async function childrenOf(provider: Provider, node: unknown): Promise<unknown[]> {
  return (await provider.getChildren(node)) ?? [];
}

/** Depth-first search for a node whose label satisfies `match`; depth-bounded against cycles. */
async function findBeneath(provider: Provider, node: unknown, match: (label: string) => boolean, depth = 6): Promise<string | undefined> {
  if (depth === 0) return undefined;
  for (const child of await childrenOf(provider, node)) {
    const label = await labelOf(provider, child);
    if (match(label)) return label;
    const found = await findBeneath(provider, child, match, depth - 1);
    if (found) return found;
  }
  return undefined;
}

describe('topics tree', () => {
  it('shows the virtualization topic with the EPT concept beneath it', async () => {
    const { topics } = await activateExtension();
    const topLevel = await pollUntil(
      'top level of the Topics tree',
      async () => Promise.all((await childrenOf(topics, undefined)).map(async (node) => ({ node, label: await labelOf(topics, node) }))),
      (rows) => rows.some((row) => /virtualization/i.test(row.label)),
    );
    const virtualization = topLevel.find((row) => /virtualization/i.test(row.label));
    const ept = await findBeneath(topics, virtualization?.node, (label) => /^EPT\b/.test(label));
    assert.ok(ept, `no EPT concept beneath "${virtualization?.label}"`);
  });
});
