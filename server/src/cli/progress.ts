/** Folders at least this big get progress lines on stderr (stdout stays machine-readable). */
export const PROGRESS_THRESHOLD = 200;

export interface Progress { report(done: number, total: number): void }

/**
 * A terminal gets one line rewritten in place; a log (CI) gets a line per tenth, so a
 * long check shows life without flooding the log.
 */
export function stderrProgress(label: string, enabled: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  let lastTenth = -1;
  return {
    report(done, total) {
      if (!enabled || total < PROGRESS_THRESHOLD) return;
      if (stream.isTTY) {
        if (done % 25 === 0 || done === total) stream.write(`\r${label} ${done}/${total}${done === total ? '\n' : ''}`);
        return;
      }
      const tenth = Math.floor((done / total) * 10);
      if (tenth !== lastTenth) { lastTenth = tenth; stream.write(`${label} ${done}/${total}\n`); }
    },
  };
}
