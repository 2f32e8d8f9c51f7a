import { describe, expect, it } from "vitest";
import { useStack } from "../support/stack";

const stack = useStack();

describe("a subgraph that is down", () => {
  it("leaves the rest of the answer, with errors that name the field path and not the subgraph's address", async () => {
    await stack.running.subgraphs.coverage.stop();
    const response = await stack.query(`{ region(code: "21.71") { name umkmCount coverage { umkmTarget } } }`);
    expect(response.data).toEqual({ region: { name: "Kota Batam", umkmCount: 81_486, coverage: null } });
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(response.errors![0]).toMatchObject({
      path: ["region", "coverage"],
      extensions: { code: "SERVICE_UNAVAILABLE" },
    });
    expect(JSON.stringify(response)).not.toMatch(/127\.0\.0\.1|localhost|:\d{4,5}\/|ECONNREFUSED|stack/i);
  });
});
