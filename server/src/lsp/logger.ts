import type { Connection } from 'vscode-languageserver';
import type { ILogger } from '../core/workspace';

/** Log lines go to the client's output channel (stderr would break nothing, but is unseen). */
export function connectionLogger(connection: Connection): ILogger {
  return {
    info: (m) => connection.console.info(m),
    warn: (m) => connection.console.warn(m),
    error: (m) => connection.console.error(m),
  };
}
