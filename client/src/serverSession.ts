// One language server at a time, with the subscriptions that belong to it. A restart
// disposes the old client's subscriptions before the new client subscribes, so restarts
// never pile up `onIndexChanged` listeners. No vscode import: unit-tested with fakes.

export interface Disposable { dispose(): unknown }

/** What the session needs of a language client. */
export interface SessionClient {
  start(): Promise<void>;
  stop(): Promise<void>;
}

export class ServerSession<C extends SessionClient> implements Disposable {
  private current: C | undefined;
  private subscriptions: Disposable[] = [];

  /** `subscribe` returns what to dispose when this client goes (notification listeners…). */
  constructor(private readonly create: () => C, private readonly subscribe: (client: C) => Disposable[]) {}

  get client(): C | undefined {
    return this.current;
  }

  /** Stops the running client (if any) and starts a new one. */
  async restart(): Promise<C> {
    await this.stop();
    const client = this.create();
    this.current = client;
    this.subscriptions = this.subscribe(client);
    await client.start();
    return client;
  }

  /** Disposes the client's subscriptions and stops it; stopping a stopped client may throw. */
  async stop(): Promise<void> {
    for (const subscription of this.subscriptions.splice(0)) subscription.dispose();
    const client = this.current;
    this.current = undefined;
    await client?.stop().catch(() => undefined);
  }

  dispose(): void {
    void this.stop();
  }
}
