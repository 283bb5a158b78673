import { CodeActionKinds } from '../../shared/protocol';

/** A code action as VS Code (kind `{ value }`) or LSP (kind string) hands it over. */
interface KindedAction { kind?: string | { value: string }; edit?: unknown }

/**
 * The server's "repair encoding in the whole file" action among `actions`, by its kind:
 * its title is translated, so a title match would fail in any language but English.
 * Pure (no vscode import): unit-tested against a server answering in Chinese.
 */
export function findWholeFileRepair<T extends KindedAction>(actions: readonly T[]): T | undefined {
  return actions.find((action) => !!action.edit && kindOf(action) === CodeActionKinds.repairEncodingWholeFile);
}

function kindOf(action: KindedAction): string | undefined {
  return typeof action.kind === 'string' ? action.kind : action.kind?.value;
}
