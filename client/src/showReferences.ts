import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CodeLensRequest, ReferencesRequest } from 'vscode-languageclient';

/**
 * A reference code lens's click: the references peek at that place, declarations left
 * out, as the lens counted them. Resolves to the locations shown.
 */
export async function showReferencesAt(client: LanguageClient | undefined, uri: unknown, position: unknown): Promise<vscode.Location[]> {
  if (!client || typeof uri !== 'string' || !isPosition(position)) return [];
  const found = await client.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration: false } });
  const locations = (found ?? []).map((l) => client.protocol2CodeConverter.asLocation(l));
  const target = vscode.Uri.parse(uri);
  await vscode.commands.executeCommand('editor.action.showReferences', target, new vscode.Position(position.line, position.character), locations);
  return locations;
}

function isPosition(value: unknown): value is { line: number; character: number } {
  const p = value as { line?: unknown; character?: unknown } | undefined;
  return typeof p?.line === 'number' && typeof p.character === 'number';
}

/** Asks the editor for code lenses again (after `conceptNotes.codeLens.references` changed). */
export function refreshCodeLenses(client: LanguageClient | undefined): void {
  const feature = client?.getFeature(CodeLensRequest.method);
  for (const document of vscode.workspace.textDocuments) feature?.getProvider(document)?.onDidChangeCodeLensEmitter.fire();
}
