import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, type ConceptSummary } from '../../../shared/protocol';
import { conceptsReport } from './conceptsReport';

/** A virtual document: VS Code shows it read-only and never asks to save it. */
export const REPORT_SCHEME = 'concept-notes-report';
const REPORT_URI = vscode.Uri.from({ scheme: REPORT_SCHEME, path: '/Concepts Report.md' });

/** Serves the report's text; `open` rebuilds it from fresh data each time. */
export class ConceptsReportProvider implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private text = '';

  constructor(private readonly fetchConcepts: () => Promise<ConceptSummary[]>) {}

  provideTextDocumentContent(): string {
    return this.text;
  }

  async open(): Promise<vscode.TextEditor> {
    this.text = conceptsReport({ concepts: await this.fetchConcepts(), problemsByCode: problemsByCode(), relativePath });
    this.changed.fire(REPORT_URI);
    const document = await vscode.workspace.openTextDocument(REPORT_URI);
    return vscode.window.showTextDocument(document, { preview: false });
  }

  register(): vscode.Disposable {
    const registration = vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, this);
    return { dispose: () => { registration.dispose(); this.changed.dispose(); } };
  }
}

/** The server pushes diagnostics for every note, so this is the Problems panel's count. */
function problemsByCode(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
    for (const d of diagnostics) {
      if (d.source !== DIAGNOSTIC_SOURCE) continue;
      const code = typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? 'other');
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  return counts;
}

function relativePath(uri: string): string {
  return vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false);
}
