import * as vscode from 'vscode';
import { DEFAULT_SETTINGS, type ConceptNotesSettings } from '../../shared/protocol';

/** Typed getters over `conceptNotes.*`; the one place settings are read. */
export class Config {
  private get section() { return vscode.workspace.getConfiguration('conceptNotes'); }

  get maxFileSize(): number { return this.section.get('maxFileSize', DEFAULT_SETTINGS.maxFileSize); }
  get exclude(): string[] { return this.section.get('exclude', DEFAULT_SETTINGS.exclude); }

  serverSettings(): Partial<ConceptNotesSettings> {
    return { maxFileSize: this.maxFileSize, exclude: this.exclude };
  }
}
