import * as vscode from 'vscode';
import { Commands } from '../../shared/protocol';

export interface CommandContext {
  restartServer(): Promise<void>;
  refreshTopics(): void;
}

/** Command table: id → factory; registered in one loop by `registerCommands`. */
const table: Record<string, (ctx: CommandContext) => (...args: unknown[]) => unknown> = {
  [Commands.restartServer]: (ctx) => () => ctx.restartServer(),
  [Commands.refreshTopics]: (ctx) => () => ctx.refreshTopics(),
};

export function registerCommands(context: vscode.ExtensionContext, ctx: CommandContext): void {
  for (const [id, factory] of Object.entries(table)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, factory(ctx)));
  }
}
