import { describe, expect, it } from "vitest";
import { ResponseCache } from "./response-cache";

function listeningCache(options: Partial<ConstructorParameters<typeof ResponseCache>[0]> = {}) {
  const cache = new ResponseCache({ maxBytes: 1_000, maxAgeMs: 60_000, maxEntryBytes: 400, ...options });
  cache.setListening(true);
  return cache;
}

describe("ResponseCache", () => {
  it("keeps nothing while changes are not heard", () => {
    const cache = new ResponseCache({ maxBytes: 1_000, maxAgeMs: 60_000 });
    expect(cache.active).toBe(false);
    expect(cache.store("a", cache.generation, "{}")).toBe(false);
    cache.setListening(true);
    expect(cache.store("a", cache.generation, "{}")).toBe(true);
    cache.setListening(false);
    expect(cache.lookup("a")).toBeUndefined();
  });

  it("drops an answer computed in a generation that has ended", () => {
    const cache = listeningCache();
    const started = cache.generation;
    cache.invalidate();
    expect(cache.store("a", started, `{"n":1}`)).toBe(false);
    expect(cache.store("a", cache.generation, `{"n":2}`)).toBe(true);
    expect(cache.lookup("a")).toBe(`{"n":2}`);
    cache.invalidate();
    expect(cache.lookup("a")).toBeUndefined();
  });

  it("evicts the least recently used answers to stay within its memory", () => {
    const cache = listeningCache();
    const answer = "x".repeat(150); // 300 bytes as UTF-16
    cache.store("a", cache.generation, answer);
    cache.store("b", cache.generation, answer);
    cache.store("c", cache.generation, answer);
    cache.lookup("a");
    cache.store("d", cache.generation, answer);
    expect(cache.lookup("b")).toBeUndefined();
    expect(cache.lookup("a")).toBe(answer);
    expect(cache.size.bytes).toBeLessThanOrEqual(1_000);
    expect(cache.store("big", cache.generation, "x".repeat(201))).toBe(false);
  });

  it("recomputes an answer older than its maximum age", () => {
    let now = 0;
    const cache = listeningCache({ maxAgeMs: 1_000, now: () => now });
    cache.store("a", cache.generation, "{}");
    now = 999;
    expect(cache.lookup("a")).toBe("{}");
    now = 1_000;
    expect(cache.lookup("a")).toBeUndefined();
  });

  it("lets identical requests wait for the first one's answer", async () => {
    const cache = listeningCache();
    const settle = cache.begin("a");
    const waiting = cache.inFlight("a");
    expect(waiting).toBeDefined();
    settle(`{"n":1}`);
    await expect(waiting).resolves.toBe(`{"n":1}`);
    expect(cache.inFlight("a")).toBeUndefined();
  });
});
