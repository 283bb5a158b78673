// A crashed language server comes back: the test kills the real server process and
// waits for a new one that answers hovers again (the client's crash handler restarts it).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, hoverText, openNote, pollUntil, positionOf, rowsOf } from './helpers';

const EPT_DEFINITION = 'Intel VT-x 的二级地址转换';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('server crash recovery', () => {
  it('restarts the server after it is killed, and hover works again', async () => {
    const api = await activateExtension();
    const kvm = await openNote('kvm.md');
    const position = positionOf(kvm, 'KVM uses EPT', 'EPT');
    const hover = async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', kvm.uri, position));
    await pollUntil('hover on EPT before the crash', hover, (t) => t.includes(EPT_DEFINITION));
    const crashed = api.serverProcessId();
    assert.ok(crashed && isAlive(crashed), `server process ${crashed} is running`);

    process.kill(crashed, 'SIGKILL');
    await pollUntil('the killed server process to be gone', () => isAlive(crashed), (alive) => !alive);
    const restarted = await pollUntil('a new server process', () => api.serverProcessId(), (pid) => pid !== undefined && pid !== crashed, 30_000);
    assert.ok(isAlive(restarted!), 'the new server is running');
    await pollUntil('hover on EPT after the restart', hover, (t) => t.includes(EPT_DEFINITION), 30_000);
    // Custom requests and index notifications reach the new server too.
    const rows = await pollUntil('Topics rows from the new server', () => rowsOf(api.topics), (list) => list.some((r) => r.label === 'virtualization'));
    assert.ok(rows.length > 0);
    await pollUntil('status bar counts from the new server', () => api.statusText(), (text) => /^\$\(book\) [1-9]\d* concepts · \d+ problems?$/.test(text));
  });

  it('"Restart Server" twice starts a new server each time, and the views and status bar follow the newest', async () => {
    const api = await activateExtension();
    const kvm = await openNote('kvm.md');
    const position = positionOf(kvm, 'KVM uses EPT', 'EPT');
    const hover = async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', kvm.uri, position));
    const pids: number[] = [];
    for (let i = 0; i < 2; i++) {
      const before = await pollUntil('a running server', () => api.serverProcessId(), (pid) => pid !== undefined, 30_000);
      await vscode.commands.executeCommand('conceptNotes.restartServer');
      const after = await pollUntil('a new server process', () => api.serverProcessId(), (pid) => pid !== undefined && pid !== before, 30_000);
      pids.push(after!);
      await pollUntil(`the old server ${before} to exit`, () => isAlive(before!), (alive) => !alive, 30_000);
    }
    assert.notEqual(pids[0], pids[1]);
    await pollUntil('hover on EPT from the newest server', hover, (t) => t.includes(EPT_DEFINITION), 30_000);
    await pollUntil('status bar counts from the newest server', () => api.statusText(), (text) => /^\$\(book\) [1-9]\d* concepts · \d+ problems?$/.test(text));
    const rows = await pollUntil('Topics rows from the newest server', () => rowsOf(api.topics), (list) => list.some((r) => r.label === 'virtualization'));
    assert.ok(rows.length > 0);
  });
});
