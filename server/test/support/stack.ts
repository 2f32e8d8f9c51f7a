import { afterAll, beforeAll, inject } from "vitest";
import { startStack, type RunningStack } from "../../src/runtime/stack";
import { sqlCounter } from "../../src/shared/db/sql-counter";

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface RequestOptions {
  token?: string | null;
  headers?: Record<string, string>;
}

export interface TestStack {
  running: RunningStack;
  /** Runs an operation as the default user (the national coordinator) unless options say otherwise. */
  query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<T>>;
  /** Signs in (by default with the seeded demo password) and returns the token. */
  signIn(email: string, password?: string): Promise<string>;
  /** Runs an operation, bypassing the response cache, and returns the SQL statements all subgraphs sent for it. */
  countStatements(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ statements: number; response: GraphQLResponse }>;
}

export const DEMO_ACCOUNTS = {
  national: "nasional@perisai.example",
  batamAdmin: "admin.batam@perisai.example",
  branchOfficer: "cabang.batamnagoya@perisai.example",
  batamAgent: "agen.batam@perisai.example",
  analyst: "analis@perisai.example",
} as const;

/** Starts the four subgraphs and the gateway in this test file, against the seeded test database. */
export function useStack(options: { production?: boolean } = {}): TestStack {
  const stack = { running: undefined as unknown as RunningStack } as TestStack;
  let defaultToken: string | undefined;
  const send = async (query: string, variables?: Record<string, unknown>, options: RequestOptions = {}) => {
    const token = options.token === undefined ? defaultToken : options.token;
    const response = await fetch(`${stack.running.gateway.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<never>;
  };
  stack.signIn = async (email, password = inject("demoPassword")) => {
    const { data, errors } = await send(
      `mutation ($input: LoginInput!) { login(input: $input) { token userErrors { code message } } }`,
      { input: { email, password } },
      { token: null },
    );
    const token = (data as any)?.login?.token as string | undefined;
    if (!token) throw new Error(`Sign-in of ${email} failed: ${JSON.stringify(errors ?? (data as any)?.login)}`);
    return token;
  };
  beforeAll(async () => {
    stack.running = await startStack({
      databaseUrl: inject("databaseUrl"),
      authSecret: inject("authSecret"),
      production: options.production,
    });
    defaultToken = await stack.signIn(DEMO_ACCOUNTS.national);
  });
  afterAll(async () => {
    await stack.running?.stop();
  });
  stack.query = send as TestStack["query"];
  stack.countStatements = async (query, variables) => {
    sqlCounter.reset();
    // Counted as executed: an answer from the gateway's response cache sends no statement at all.
    const response = await send(query, variables, { headers: { "cache-control": "no-cache" } });
    return { statements: sqlCounter.total, response };
  };
  return stack;
}
