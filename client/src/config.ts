import * as vscode from 'vscode';
import type { ConceptNotesSettings } from '../../shared/protocol';
import { SERVER_SETTING_KEYS } from './serverSettingKeys';

/** Typed access to `conceptNotes.*`; the one place the client reads settings. */
export class Config {
  private get section() { return vscode.workspace.getConfiguration('conceptNotes'); }

  /** Everything the server reads; it validates and fills in defaults itself. */
  serverSettings(): Partial<ConceptNotesSettings> {
    const s = this.section;
    return Object.fromEntries(SERVER_SETTING_KEYS.map((k) => [k, s.get<unknown>(k)]).filter(([, v]) => v !== undefined)) as Partial<ConceptNotesSettings>;
  }

  /** Client-only: how many hops from the active note the graph view shows at first. */
  get graphDepth(): number {
    const depth = this.section.get<number>('graph.depth', 1);
    return Number.isInteger(depth) && depth >= 1 && depth <= 3 ? depth : 1;
  }

  /** Client-only: "N references" code lenses above headings and concept definitions. */
  get referenceCodeLens(): boolean {
    return this.section.get<boolean>('codeLens.references', true);
  }

  /** Client-only: the Backlinks view lists unlinked mentions too. */
  get backlinksUnlinkedMentions(): boolean {
    return this.section.get<boolean>('backlinks.unlinkedMentions', true);
  }

  /** Client-only: select the active editor's note in the Topics view. */
  get revealActiveNote(): boolean {
    return this.section.get<boolean>('revealActiveNote', true);
  }
}
