import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from "@apollo/server";
import { createHash } from "node:crypto";
import { bearerToken, statedExpiry } from "../shared/auth/token";
import { jakartaToday } from "../shared/calendar";
import type { GatewayContext } from "./gateway";

/** Response header that says how a query was answered: hit, miss or bypass. */
export const CACHE_STATUS_HEADER = "x-perisai-cache";

export interface ResponseCacheOptions {
  /** Memory the cached answers may take, as serialized JSON (UTF-16 estimate); 0 turns the cache off. */
  maxBytes: number;
  /** Even with no change heard, an answer is recomputed after this long. */
  maxAgeMs: number;
  /** A single answer larger than this is not kept. */
  maxEntryBytes?: number;
  now?: () => number;
}

interface Entry {
  json: string;
  bytes: number;
  storedAt: number;
}

/**
 * Whole answers to queries, kept until the data may have changed. Every committed write anywhere
 * (announced by PostgreSQL, see data-changes.ts) and every mutation through this gateway starts a new
 * generation and empties the cache; an answer computed while a generation ended is not kept. So a reader
 * never gets an answer older than the last change this gateway has heard of, and the writer of a mutation
 * reads its own write. Answers are keyed by the caller's token, so no answer crosses from one session's
 * scope or role to another's.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<string | undefined>>();
  private bytes = 0;
  private generationValue = 0;
  private listening = false;
  readonly stats = { hits: 0, misses: 0, stores: 0, invalidations: 0 };

  constructor(private readonly options: ResponseCacheOptions) {}

  /** Answers are served only while changes are heard (a lost connection to PostgreSQL turns the cache off). */
  get active(): boolean {
    return this.listening && this.options.maxBytes > 0;
  }

  get generation(): number {
    return this.generationValue;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  setListening(listening: boolean): void {
    this.listening = listening;
    this.invalidate();
  }

  invalidate(): void {
    this.generationValue += 1;
    this.stats.invalidations += 1;
    this.entries.clear();
    this.pending.clear();
    this.bytes = 0;
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  lookup(key: string): string | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.storedAt >= this.options.maxAgeMs) {
      this.remove(key, entry);
      return undefined;
    }
    // Least recently used goes first: a Map iterates in insertion order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.json;
  }

  /** Keeps an answer computed during `generation`; it is dropped when the generation has ended since. */
  store(key: string, generation: number, json: string): boolean {
    if (!this.active || generation !== this.generationValue) return false;
    const bytes = json.length * 2;
    if (bytes > (this.options.maxEntryBytes ?? this.options.maxBytes / 8)) return false;
    const existing = this.entries.get(key);
    if (existing) this.remove(key, existing);
    for (const [oldestKey, oldest] of this.entries) {
      if (this.bytes + bytes <= this.options.maxBytes) break;
      this.remove(oldestKey, oldest);
    }
    this.entries.set(key, { json, bytes, storedAt: this.now() });
    this.bytes += bytes;
    this.stats.stores += 1;
    return true;
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  /**
   * While one request computes an answer, identical requests wait for it instead of computing it again
   * (a dashboard opened in several tabs at once costs one execution). `undefined` when there is nothing to
   * wait for or the first request's answer had errors.
   */
  inFlight(key: string): Promise<string | undefined> | undefined {
    return this.pending.get(key);
  }

  /** Marks `key` as being computed; the returned function settles the waiters with the answer or nothing. */
  begin(key: string): (json: string | undefined) => void {
    let settle!: (json: string | undefined) => void;
    const promise = new Promise<string | undefined>((resolve) => (settle = resolve));
    this.pending.set(key, promise);
    return (json) => {
      if (this.pending.get(key) === promise) this.pending.delete(key);
      settle(json);
    };
  }
}

/**
 * The key of a query's answer: the document, operation and variables, the caller's exact token (an answer
 * is only kept after the subgraphs accepted that token, so it needs no verifying here; only its expiry is
 * read) and today's date in Jakarta (payment states and due dates change with the day).
 */
function cacheKey(context: GraphQLRequestContext<GatewayContext>, authorization: string | undefined): string {
  return createHash("sha256")
    .update(
      JSON.stringify([
        context.queryHash ?? context.request.query,
        context.request.operationName ?? "",
        context.request.variables ?? {},
        authorization ?? "",
        jakartaToday(),
      ]),
    )
    .digest("base64url");
}

/** How long identical requests wait for the first one's answer before computing their own. */
const WAIT_FOR_FIRST_MS = 10_000;

async function waitAtMost<T>(promise: Promise<T>, milliseconds: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), milliseconds)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function answerFromCache(json: string) {
  return {
    http: { status: undefined, headers: new HeaderMap([[CACHE_STATUS_HEADER, "hit"]]) },
    body: { kind: "single" as const, singleResult: { data: JSON.parse(json) as Record<string, unknown> } },
  };
}

/**
 * Serves queries from the cache and keeps what they computed; a mutation ends the generation when it starts
 * (so no read running alongside it is kept) and again when it has finished (so its writer then reads fresh).
 * A client that sends `Cache-Control: no-cache` gets a freshly computed answer, which is then kept;
 * `no-store` keeps nothing either. Answers with errors are never kept.
 */
export function responseCachePlugin(cache: ResponseCache): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      let key: string | undefined;
      let generation = 0;
      let mutation = false;
      let settle: ((json: string | undefined) => void) | undefined;
      return {
        async didResolveOperation(context) {
          if (context.operation?.operation === "mutation") {
            mutation = true;
            cache.invalidate();
          }
        },
        async responseForOperation(context) {
          if (context.operation?.operation !== "query" || !cache.active) return null;
          const authorization = context.contextValue.authorization;
          if (authorization) {
            const token = bearerToken(authorization);
            const expiry = token ? statedExpiry(token) : undefined;
            if (expiry === undefined || expiry * 1000 <= Date.now()) return null;
          }
          const directive = context.request.http?.headers.get("cache-control") ?? "";
          const candidate = cacheKey(context, authorization);
          if (/\bno-(cache|store)\b/i.test(directive)) {
            context.response.http.headers.set(CACHE_STATUS_HEADER, "bypass");
            if (!/\bno-store\b/i.test(directive)) key = candidate;
            generation = cache.generation;
            return null;
          }
          let json = cache.lookup(candidate);
          const first = json === undefined ? cache.inFlight(candidate) : undefined;
          if (first) json = await waitAtMost(first, WAIT_FOR_FIRST_MS);
          if (json !== undefined) {
            cache.stats.hits += 1;
            return answerFromCache(json);
          }
          cache.stats.misses += 1;
          key = candidate;
          generation = cache.generation;
          settle = cache.begin(candidate);
          context.response.http.headers.set(CACHE_STATUS_HEADER, "miss");
          return null;
        },
        async willSendResponse(context) {
          if (mutation) {
            cache.invalidate();
            return;
          }
          if (key === undefined) return;
          const body = context.response.body;
          const result = body.kind === "single" ? body.singleResult : undefined;
          const json = result && !result.errors?.length && result.data ? JSON.stringify(result.data) : undefined;
          if (json !== undefined) cache.store(key, generation, json);
          // Requests waiting for this one arrived before any write since was heard (a write clears the list
          // of requests under way), so, like this one, they overlap that write and may be given its answer
          // even when it is too old to keep.
          settle?.(json);
        },
      };
    },
  };
}
