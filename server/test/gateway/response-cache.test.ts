import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { DATA_CHANGE_TRIGGER } from "../../src/shared/db/data-changes";
import { CACHE_STATUS_HEADER } from "../../src/gateway/response-cache";
import { DEMO_ACCOUNTS, useStack } from "../support/stack";

const stack = useStack();

/** Sends a query and returns the body with the gateway's cache status header. */
async function send(query: string, variables: Record<string, unknown>, token: string, headers = {}) {
  const response = await fetch(`${stack.running.gateway.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.headers.get(CACHE_STATUS_HEADER), body: (await response.json()) as any };
}

/**
 * Other test files write to the same database at the same time, and each committed write rightly empties the
 * cache; so a hit is looked for over a few attempts rather than expected on the second.
 */
async function untilHit(query: string, variables: Record<string, unknown>, token: string) {
  const answers = [];
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const answer = await send(query, variables, token);
    answers.push(answer);
    if (answer.status === "hit") return answers;
  }
  throw new Error(`no cache hit in 20 attempts: ${answers.map((answer) => answer.status).join(", ")}`);
}

const OFFICE = `query ($id: ID!) { perisaiOffice(id: $id) { id address version } }`;

/** An office no other test looks at (the last by name); only its address changes, and is put back. */
async function anOffice(token: string): Promise<{ id: string; address: string | null; version: number }> {
  const { body } = await send(
    `{ perisaiOffices(first: 1, sortKey: NAME, reverse: true) { nodes { id address version } } }`,
    {},
    token,
  );
  return body.data.perisaiOffices.nodes[0];
}

describe("the gateway's response cache", () => {
  it("answers a repeated query from memory with the same data", async () => {
    const token = await stack.signIn(DEMO_ACCOUNTS.national);
    const query = `{ regions(filter: { level: PROVINCE }, first: 38) { nodes { code name coverage { umkmRegistered participantsActive } } } }`;
    const answers = await untilHit(query, {}, token);
    const hit = answers.at(-1)!;
    // A new session's first answer is always computed; the hit must equal it.
    const computed = answers.find((answer) => answer.status === "miss");
    expect(computed).toBeDefined();
    expect(hit.body.errors).toBeUndefined();
    expect(hit.body.data.regions.nodes).toHaveLength(38);
    expect(hit.body).toEqual(computed!.body);
  });

  it("never gives one session's answer to another", async () => {
    const national = await stack.signIn(DEMO_ACCOUNTS.national);
    const analyst = await stack.signIn(DEMO_ACCOUNTS.analyst);
    const me = `{ me { email role } }`;
    const [nationalHit, analystHit] = [
      (await untilHit(me, {}, national)).at(-1)!,
      (await untilHit(me, {}, analyst)).at(-1)!,
    ];
    expect(nationalHit.body.data.me.email).toBe(DEMO_ACCOUNTS.national);
    expect(analystHit.body.data.me.email).toBe(DEMO_ACCOUNTS.analyst);
    // Personal data stays masked for the analyst however often the Batam office (which sees it) has asked.
    const batamAdmin = await stack.signIn(DEMO_ACCOUNTS.batamAdmin);
    const participants = `{ participants(first: 3, filter: { regionCode: "21.71" }) { nodes { id nik } } }`;
    const full = (await untilHit(participants, {}, batamAdmin)).at(-1)!.body.data.participants.nodes;
    const masked = (await untilHit(participants, {}, analyst)).at(-1)!.body.data.participants.nodes;
    expect(full.map((node: { id: string }) => node.id)).toEqual(masked.map((node: { id: string }) => node.id));
    expect(full[0].nik).toMatch(/^\d{16}$/);
    expect(masked[0].nik).not.toMatch(/^\d{16}$/);
  });

  it("lets the writer of a mutation read its own write at once", async () => {
    const token = await stack.signIn(DEMO_ACCOUNTS.national);
    const office = await anOffice(token);
    await untilHit(OFFICE, { id: office.id }, token);
    const moved = `Jl. Engku Putri No. ${(Date.now() % 900) + 100}, Batam Centre`;
    const update = `mutation ($input: UpdatePerisaiOfficeInput!) {
      updatePerisaiOffice(input: $input) { perisaiOffice { address } userErrors { code } } }`;
    const { body } = await send(
      update,
      { input: { id: office.id, expectedVersion: office.version, address: moved } },
      token,
    );
    expect(body.data.updatePerisaiOffice.userErrors).toEqual([]);
    const after = await send(OFFICE, { id: office.id }, token);
    expect(after.status).toBe("miss");
    expect(after.body.data.perisaiOffice.address).toBe(moved);
    if (office.address) {
      await send(
        update,
        { input: { id: office.id, expectedVersion: office.version + 1, address: office.address } },
        token,
      );
    }
  });

  it("forgets an answer when the database changes underneath, whoever wrote", async () => {
    const token = await stack.signIn(DEMO_ACCOUNTS.national);
    const office = await anOffice(token);
    await untilHit(OFFICE, { id: office.id }, token);
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    try {
      // As an operator's SQL or a background job would: not through the gateway.
      const id = Number(Buffer.from(office.id, "base64url").toString("utf8").split(":").at(-1));
      const changed = "Gedung Graha Kepri lt. 2";
      await client.query(`update perisai.perisai_office set address = $2 where id = $1`, [id, changed]);
      // The notification arrives after the commit, in a few milliseconds; give it up to a second.
      let address: string | null = office.address;
      for (let attempt = 0; attempt < 50 && address !== changed; attempt += 1) {
        address = (await send(OFFICE, { id: office.id }, token)).body.data.perisaiOffice.address;
        if (address !== changed) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(address).toBe(changed);
      await client.query(`update perisai.perisai_office set address = $2 where id = $1`, [id, office.address]);
    } finally {
      await client.end();
    }
  });

  it("computes afresh for Cache-Control: no-cache", async () => {
    const token = await stack.signIn(DEMO_ACCOUNTS.national);
    const query = `{ perisaiOffices(first: 1) { totalCount } }`;
    await untilHit(query, {}, token);
    const fresh = await send(query, {}, token, { "cache-control": "no-cache" });
    expect(fresh.status).toBe("bypass");
    expect(fresh.body.data.perisaiOffices.totalCount).toBeGreaterThan(0);
  });

  it("hears of changes to every table of every subgraph", async () => {
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    try {
      const { rows } = await client.query<{ table: string }>(
        `select n.nspname || '.' || c.relname as table from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname in ('regions', 'okoce', 'perisai', 'coverage') and c.relkind in ('r', 'p')
           and not c.relispartition and c.relname <> 'mikro_orm_migrations'
           and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = $1)`,
        [DATA_CHANGE_TRIGGER],
      );
      expect(rows.map((row) => row.table)).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
