import { afterAll, beforeAll, inject } from "vitest";
import { startStack, type RunningStack } from "../../src/runtime/stack";
import { sqlCounter } from "../../src/shared/db/sql-counter";

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestStack {
  running: RunningStack;
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Runs an operation and returns the number of SQL statements all subgraphs sent for it. */
  countStatements(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ statements: number; response: GraphQLResponse }>;
}

/** Starts the four subgraphs and the gateway in this test file, against the seeded test database. */
export function useStack(): TestStack {
  const stack = { running: undefined as unknown as RunningStack } as TestStack;
  beforeAll(async () => {
    stack.running = await startStack({ databaseUrl: inject("databaseUrl"), authSecret: inject("authSecret") });
  });
  afterAll(async () => {
    await stack.running?.stop();
  });
  stack.query = async (query, variables) => {
    const response = await fetch(`${stack.running.gateway.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<never>;
  };
  stack.countStatements = async (query, variables) => {
    sqlCounter.reset();
    const response = await stack.query(query, variables);
    return { statements: sqlCounter.total, response };
  };
  return stack;
}
