import { SESSION_CHECK_MARK } from "../db/sql-counter";
import { GraphQLError } from "graphql";
import type { Em } from "../db/orm";
import type { Viewer } from "./viewer";

const CACHE_MS = 5_000;

/**
 * Whether a token's session is still open (logout ends it). Read from the view the perisai subgraph
 * publishes (`perisai.published_session`) and cached for a few seconds per process, so a request costs no
 * extra statement while a logout takes effect everywhere within seconds.
 */
export class SessionRegistry {
  private readonly cache = new Map<string, { open: boolean; checkedAt: number }>();

  async requireOpen(em: Em, viewer: Viewer): Promise<void> {
    const sid = viewer.claims?.sid;
    if (!sid) return;
    const now = Date.now();
    let entry = this.cache.get(sid);
    if (!entry || now - entry.checkedAt > CACHE_MS) {
      const rows = await em.execute<{ open: boolean }[]>(
        `${SESSION_CHECK_MARK} select ("revoked_at" is null and "expires_at" > now()) as "open" from "perisai"."published_session" where "id" = ?`,
        [sid],
      );
      entry = { open: rows[0]?.open === true, checkedAt: now };
      this.cache.set(sid, entry);
      if (this.cache.size > 50_000) this.cache.clear();
    }
    if (!entry.open) {
      throw new GraphQLError("Your session has ended; sign in again", {
        extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
      });
    }
  }

  /** Forgets a session at once in this process (the one that handled the logout). */
  forget(sid: string): void {
    this.cache.set(sid, { open: false, checkedAt: Date.now() });
  }
}

export const sessions = new SessionRegistry();
