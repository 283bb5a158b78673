// Everything registered is disposed: a restarted server does not keep the old client's
// index listener, the diagnostics publisher's timer stops, the service lets go of its notes.
import * as assert from 'node:assert/strict';
import type { Connection } from 'vscode-languageserver';
import { ServerSession, type Disposable } from '../../../client/src/serverSession';
import { DiagnosticsPublisher } from '../../../server/src/lsp/diagnosticsPublisher';
import { indexed } from '../features/helpers';

/** Stands in for a LanguageClient: counts the notification listeners alive across all clients. */
class FakeClient {
  static listeners = new Set<object>();
  started = false;
  async start(): Promise<void> { this.started = true; }
  async stop(): Promise<void> { this.started = false; }
  onNotification(): Disposable {
    const listener = {};
    FakeClient.listeners.add(listener);
    return { dispose: () => FakeClient.listeners.delete(listener) };
  }
}

describe('disposal', () => {
  it('a server restart leaves exactly one index listener, and stops the old client', async () => {
    FakeClient.listeners.clear();
    const clients: FakeClient[] = [];
    const session = new ServerSession(() => { const c = new FakeClient(); clients.push(c); return c; }, (client) => [client.onNotification()]);
    await session.restart();
    await session.restart();
    await session.restart();
    assert.equal(FakeClient.listeners.size, 1, 'listeners alive after two restarts');
    assert.deepEqual(clients.map((c) => c.started), [false, false, true]);
    await session.stop();
    assert.equal(FakeClient.listeners.size, 0);
    assert.equal(session.client, undefined);
  });

  it('the diagnostics publisher stops its timer, sends nothing more and releases waiters', async () => {
    const f = await indexed({ 'a.md': '# A\n\nTODO one\n' });
    const sent: string[] = [];
    const connection = { sendDiagnostics: async ({ uri }: { uri: string }) => { sent.push(uri); } } as unknown as Connection;
    const publisher = new DiagnosticsPublisher(connection, f.service, 10_000);
    publisher.schedule([f.uri('a.md')]);
    assert.ok(publisher.hasTimer);
    const idle = publisher.whenIdle();
    publisher.dispose();
    assert.equal(publisher.hasTimer, false);
    await idle;
    publisher.schedule([f.uri('a.md')], true);
    assert.equal(publisher.hasTimer, false, 'a disposed publisher schedules nothing');
    await new Promise((r) => setTimeout(r, 0));
    assert.deepEqual(sent, []);
  });
});
