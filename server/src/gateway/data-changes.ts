import pg from "pg";
import { DATA_CHANGED_CHANNEL } from "../shared/db/data-changes";

export interface DataChangeEvents {
  /** A write was committed (the schema it changed), or changes may have been missed (no schema). */
  changed(schema?: string): void;
  /** Whether changes are heard now; nothing may be answered from memory while they are not. */
  listening(heard: boolean): void;
}

/**
 * One connection that LISTENs on the channel every table notifies (shared/db/data-changes.ts). A lost
 * connection is reported at once, as "not listening" and as a change (whatever happened meanwhile is
 * unknown), and is re-opened with a growing delay.
 */
export class DataChangeListener {
  private client: pg.Client | undefined;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private retryDelayMs = 250;

  constructor(
    private readonly databaseUrl: string,
    private readonly events: DataChangeEvents,
  ) {}

  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: "perisai-gateway-listen" });
    const lost = () => {
      if (this.client !== client) return;
      this.client = undefined;
      this.events.listening(false);
      this.events.changed();
      client.removeAllListeners();
      client.on("error", () => undefined);
      void client.end().catch(() => undefined);
      this.scheduleRetry();
    };
    client.on("error", lost);
    client.on("end", lost);
    client.on("notification", (message) => {
      if (message.channel === DATA_CHANGED_CHANNEL) this.events.changed(message.payload || undefined);
    });
    try {
      await client.connect();
      await client.query(`listen ${DATA_CHANGED_CHANNEL}`);
    } catch {
      client.removeAllListeners();
      client.on("error", () => undefined);
      await client.end().catch(() => undefined);
      this.scheduleRetry();
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.retryDelayMs = 250;
    // Anything committed before LISTEN took effect is unknown: start from a clean slate.
    this.events.changed();
    this.events.listening(true);
  }

  private scheduleRetry(): void {
    if (this.stopped || this.retryTimer) return;
    const delay = this.retryDelayMs;
    this.retryDelayMs = Math.min(this.retryDelayMs * 2, 10_000);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.connect();
    }, delay);
    this.retryTimer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    this.events.listening(false);
    if (client) {
      client.removeAllListeners();
      client.on("error", () => undefined);
      await client.end().catch(() => undefined);
    }
  }
}
