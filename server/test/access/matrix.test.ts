import { beforeAll, describe, expect, inject, it } from "vitest";
import { signToken } from "../../src/shared/auth/token";
import { DEMO_ACCOUNTS, useStack } from "../support/stack";

/**
 * The access matrix: every demo role × (own, parent, sibling scope) × (read list, read one, personal field,
 * write), on the real seeded network through the gateway. "Own" is the Batam pioneer office and its agent
 * account's records; "parent" is the office above Batam (Kepulauan Riau; for the branch officer, which
 * supervises that office too, the national office) or, for the agent, a colleague and the office above;
 * "sibling" is another province (Aceh).
 */
const stack = useStack();

type Role = "national" | "batamAdmin" | "branchOfficer" | "batamAgent" | "analyst";
type Scope = "own" | "parent" | "sibling";
type WriteOutcome = "allowed" | "forbidden-role" | "forbidden-scope";

interface Target {
  kind: "agent" | "office" | "participant" | "umkm";
  id: string;
  /** What lists it shows up in, given as an operation returning `nodes { id }`. */
  list: { query: string; variables: Record<string, unknown> };
}

const tokens = {} as Record<Role, string>;
const targets = {} as Record<Role, Record<Scope, Target[]>>;

const ONE: Record<Target["kind"], string> = {
  agent: `query ($id: ID!) { item: agent(id: $id) { id personal: nik } }`,
  office: `query ($id: ID!) { item: perisaiOffice(id: $id) { id } }`,
  participant: `query ($id: ID!) { item: participant(id: $id) { id personal: nik } }`,
  umkm: `query ($id: ID!) { item: umkm(id: $id) { id personal: ownerNik } }`,
};

const WRITE: Partial<Record<Target["kind"], string>> = {
  agent: `mutation ($id: ID!) { write: updateAgent(input: { agentId: $id, expectedVersion: -1, name: "Nama Uji" }) { userErrors { field code } } }`,
  office: `mutation ($id: ID!) { write: updatePerisaiOffice(input: { id: $id, expectedVersion: -1, name: "Kantor Uji" }) { userErrors { field code } } }`,
  umkm: `mutation ($id: ID!) { write: updateUmkm(input: { id: $id, expectedVersion: -1, workers: 3 }) { userErrors { field code } } }`,
};

async function national<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { data, errors } = await stack.query(query, variables, { token: tokens.national });
  expect(errors).toBeUndefined();
  return data as T;
}

beforeAll(async () => {
  for (const [role, email] of Object.entries(DEMO_ACCOUNTS)) tokens[role as Role] = await stack.signIn(email);
  const me = await stack.query(
    `{ me { agent { id office { id } territory { code } } } }`,
    {},
    { token: tokens.batamAgent },
  );
  const agent = me.data!.me.agent;
  const home = agent.territory[0].code as string;
  const offices = await national(`{
    batam: perisaiOffices(filter: { pioneer: true }) { nodes { id parent { id parent { id region { code } } } } }
    aceh: agents(filter: { regionCode: "11", status: ACTIVE }, first: 1) { nodes { office { id } } }
  }`);
  const batam = offices.batam.nodes[0];
  const aceh = offices.aceh.nodes[0].office.id as string;
  const data = await national(
    `query ($agent: ID!, $office: ID!, $aceh: ID!, $home: String!) {
      ownParticipant: participants(filter: { agentId: $agent }, first: 1) { nodes { id } }
      ownUmkm: umkms(filter: { kecamatanCode: $home }, first: 1) { nodes { id } }
      colleague: agents(filter: { officeId: $office, status: ACTIVE }, first: 2) { nodes { id } }
      acehAgent: agents(filter: { officeId: $aceh }, first: 1) { nodes { id } }
      acehParticipant: participants(filter: { officeId: $aceh }, first: 1) { nodes { id } }
      acehUmkm: umkms(filter: { regionCode: "11" }, first: 1) { nodes { id } }
    }`,
    { agent: agent.id, office: agent.office.id, aceh, home },
  );
  const agentTarget = (id: string, officeId: string): Target => ({
    kind: "agent",
    id,
    list: {
      query: `query ($o: ID!) { agents(filter: { officeId: $o }, first: 100) { nodes { id } } }`,
      variables: { o: officeId },
    },
  });
  const participantTarget = (id: string, agentId: string): Target => ({
    kind: "participant",
    id,
    list: {
      query: `query ($a: ID!) { participants(filter: { agentId: $a }, first: 100) { nodes { id } } }`,
      variables: { a: agentId },
    },
  });
  const umkmTarget = (id: string, code: string): Target => ({
    kind: "umkm",
    id,
    list: {
      query: `query ($c: String!) { umkms(filter: { kecamatanCode: $c }, first: 100) { nodes { id } } }`,
      variables: { c: code },
    },
  });
  const officeTarget = (id: string, regionCode: string): Target => ({
    kind: "office",
    id,
    list: {
      query: `query ($r: String!) { perisaiOffices(filter: { regionCode: $r }, first: 100) { nodes { id } } }`,
      variables: { r: regionCode },
    },
  });
  const acehAgentId = data.acehAgent.nodes[0].id as string;
  const acehUmkm = await national(`query ($id: ID!) { umkm(id: $id) { kecamatan { code } } }`, {
    id: data.acehUmkm.nodes[0].id,
  });
  const own = [
    agentTarget(agent.id, agent.office.id),
    participantTarget(data.ownParticipant.nodes[0].id, agent.id),
    umkmTarget(data.ownUmkm.nodes[0].id, home),
  ];
  const sibling = [
    agentTarget(acehAgentId, aceh),
    officeTarget(aceh, "11"),
    participantTarget(data.acehParticipant.nodes[0].id, acehAgentId),
    umkmTarget(data.acehUmkm.nodes[0].id, acehUmkm.umkm.kecamatan.code),
  ];
  const parentOffice = officeTarget(batam.parent.id, "21");
  // Batam Nagoya supervises the Kepulauan Riau office too; above the branch is the national office.
  const nationalOffice = officeTarget(batam.parent.parent.id, batam.parent.parent.region.code);
  const colleague = data.colleague.nodes.map((node: { id: string }) => node.id).find((id: string) => id !== agent.id);
  for (const role of Object.keys(DEMO_ACCOUNTS) as Role[]) {
    targets[role] = {
      own: role === "batamAgent" ? own : [...own, officeTarget(batam.id, "21.71")],
      parent:
        role === "batamAgent"
          ? [agentTarget(colleague, agent.office.id), parentOffice]
          : [role === "branchOfficer" ? nationalOffice : parentOffice],
      sibling,
    };
  }
});

/** What each role may do, by scope: visible, personal data in clear, and the outcome of an edit. */
function expectation(role: Role, scope: Scope, kind: Target["kind"]) {
  const national = role === "national" || role === "analyst";
  const visible = national || scope === "own";
  const clear = visible && scope === "own" && !national;
  let write: WriteOutcome;
  if (role === "analyst" || role === "branchOfficer") write = "forbidden-role";
  else if (role === "batamAgent")
    write = kind === "umkm" ? (scope === "own" ? "allowed" : "forbidden-scope") : "forbidden-role";
  else if (role === "national") write = "allowed";
  else write = scope === "own" ? "allowed" : "forbidden-scope";
  return { visible, clear, write };
}

const ROLES: Role[] = ["national", "batamAdmin", "branchOfficer", "batamAgent", "analyst"];
const SCOPES: Scope[] = ["own", "parent", "sibling"];

describe.each(ROLES)("%s", (role) => {
  describe.each(SCOPES)("%s scope", (scope) => {
    it("reads lists, single objects and personal fields only where allowed", async () => {
      for (const target of targets[role][scope]) {
        const expected = expectation(role, scope, target.kind);
        const label = `${role} ${scope} ${target.kind}`;
        const list = await stack.query(target.list.query, target.list.variables, { token: tokens[role] });
        expect(list.errors, label).toBeUndefined();
        const ids = (Object.values(list.data!)[0] as { nodes: { id: string }[] }).nodes.map((node) => node.id);
        expect(ids.includes(target.id), `${label} in list`).toBe(expected.visible);

        const one = await stack.query(ONE[target.kind], { id: target.id }, { token: tokens[role] });
        expect(one.errors, label).toBeUndefined();
        expect(one.data!.item === null, `${label} by id is hidden`).toBe(!expected.visible);
        const node = await stack.query(
          `query ($id: ID!) { node(id: $id) { id } }`,
          { id: target.id },
          { token: tokens[role] },
        );
        expect(node.data?.node?.id ?? null, `${label} by node(id:)`).toBe(expected.visible ? target.id : null);

        if (expected.visible && "personal" in (one.data!.item ?? {})) {
          const personal = one.data!.item.personal as string;
          expect(/^\d{16}$/.test(personal), `${label} NIK in clear`).toBe(expected.clear);
          if (!expected.clear) expect(personal, `${label} NIK masked`).toMatch(/^\d{4}\*{12}$/);
        }
      }
    });

    it("writes only where allowed, and a refused write changes nothing", async () => {
      for (const target of targets[role][scope]) {
        const mutation = WRITE[target.kind];
        if (!mutation) continue;
        const expected = expectation(role, scope, target.kind);
        const label = `${role} ${scope} ${target.kind} write`;
        const response = await stack.query(mutation, { id: target.id }, { token: tokens[role] });
        if (expected.write === "forbidden-role") {
          expect(response.errors?.[0]?.extensions?.code, label).toBe("FORBIDDEN");
          continue;
        }
        expect(response.errors, label).toBeUndefined();
        const codes = (response.data!.write.userErrors as { code: string }[]).map((error) => error.code);
        // expectedVersion -1 is never current: an allowed edit stops at the version check, so nothing changes.
        expect(codes, label).toEqual([expected.write === "allowed" ? "STALE" : "FORBIDDEN"]);
      }
    });
  });
});

describe("nested fields", () => {
  it("show the Batam office admin no office or agent of another province through MoUs and offices", async () => {
    const response = await stack.query(
      `{ mous(first: 50) { nodes { perisaiOffices(first: 20) { nodes { region { code } agents(first: 5) { nodes { office { region { code } } } } } } } } }`,
      {},
      { token: tokens.batamAdmin },
    );
    expect(response.errors).toBeUndefined();
    const codes = JSON.stringify(response.data).match(/"code":"[\d.]+"/g) ?? [];
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(code).toMatch(/"code":"21\.71/);
  });
});

describe("signing in", () => {
  it("refuses requests without a valid token to everything but the public regions", async () => {
    const anonymous = await stack.query(
      `{ region(code: "21.71") { name } agents(first: 1) { totalCount } }`,
      {},
      { token: null },
    );
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const regionsOnly = await stack.query(`{ region(code: "21.71") { name } }`, {}, { token: null });
    expect(regionsOnly.data).toEqual({ region: { name: "Kota Batam" } });
    const forged = `${tokens.analyst.split(".").slice(0, 2).join(".")}.${"A".repeat(43)}`;
    const bad = await stack.query(`{ agents(first: 1) { totalCount } }`, {}, { token: forged });
    expect(bad.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses an expired token and a token whose session was logged out", async () => {
    const expired = signToken({ sub: 1, sid: "expired", role: "ANALYST" as never }, inject("authSecret"), -1);
    const old = await stack.query(`{ agents(first: 1) { totalCount } }`, {}, { token: expired });
    expect(old.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");

    const token = await stack.signIn(DEMO_ACCOUNTS.analyst);
    const out = await stack.query(`mutation { logout { ok } }`, {}, { token });
    expect(out.data).toEqual({ logout: { ok: true } });
    const after = await stack.query(`{ agents(first: 1) { totalCount } }`, {}, { token });
    expect(after.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("gives one generic answer to a wrong password", async () => {
    const response = await stack.query(
      `mutation { login(input: { email: "nasional@perisai.example", password: "not-the-password" }) { token userErrors { code message } } }`,
      {},
      { token: null },
    );
    expect(response.data!.login.token).toBeNull();
    expect(response.data!.login.userErrors).toEqual([{ code: "INVALID", message: expect.any(String) }]);
  });
});
