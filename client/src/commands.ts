import * as vscode from 'vscode';
import { Commands, type ConceptSummary } from '../../shared/protocol';
import { goToConcept } from './goToConcept';

export interface CommandContext {
  restartServer(): Promise<void>;
  refreshTopics(): void;
  /** All concepts, from the language server. */
  concepts(): Promise<ConceptSummary[]>;
}

/** Command table: id → factory; registered in one loop by `registerCommands`. */
const table: Record<string, (ctx: CommandContext) => (...args: unknown[]) => unknown> = {
  [Commands.restartServer]: (ctx) => () => ctx.restartServer(),
  [Commands.refreshTopics]: (ctx) => () => ctx.refreshTopics(),
  [Commands.goToConcept]: (ctx) => (name) => goToConcept(() => ctx.concepts(), name),
  // Diagnostics are already pushed for every note; the Problems panel is the report.
  [Commands.checkWorkspace]: () => () => vscode.commands.executeCommand('workbench.actions.view.problems'),
};

export function registerCommands(context: vscode.ExtensionContext, ctx: CommandContext): void {
  for (const [id, factory] of Object.entries(table)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, factory(ctx)));
  }
}
