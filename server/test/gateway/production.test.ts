import { describe, expect, it } from "vitest";
import { useStack } from "../support/stack";

const stack = useStack({ production: true });

describe("the gateway in production", () => {
  it("turns introspection and field suggestions off", async () => {
    const introspection = await stack.query(`{ __schema { types { name } } }`);
    expect(introspection.data).toBeUndefined();
    expect(introspection.errors?.[0].message).toMatch(/introspection/i);

    const typo = await stack.query(`{ region(code: "21.71") { nam } }`);
    expect(typo.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(typo.errors?.[0].message).not.toMatch(/did you mean/i);
  });

  it("serves no playground, and still answers signed-in queries", async () => {
    const page = await fetch(`${stack.running.gateway.url}/graphql`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(404);
    const { data, errors } = await stack.query(`{ region(code: "21.71") { name coverage { umkmTarget } } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ region: { name: "Kota Batam", coverage: { umkmTarget: 81_486 } } });
  });

  it("keeps CSRF prevention on: a simple cross-site form post is refused", async () => {
    const response = await fetch(`${stack.running.gateway.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(response.status).toBe(400);
  });
});
