import { MikroORM, PostgreSqlDriver } from "@mikro-orm/postgresql";
import { describe, expect, inject, it } from "vitest";
import { DEMO_ACCOUNTS, useStack } from "../support/stack";

const stack = useStack();

const PROSPECTS = `query ($filter: ProspectFilter, $first: Int) {
  prospects(filter: $filter, first: $first) {
    totalCount
    nodes { kecamatan { code } umkm { id businessName ownerName ownerNik ownerParticipant { id } } }
  }
}`;

describe("one person across the registries, by a keyed hash of the NIK", () => {
  it("publishes no NIK in clear between subgraphs: the shared views carry only hashes", async () => {
    const orm = await MikroORM.init({
      driver: PostgreSqlDriver,
      clientUrl: inject("databaseUrl"),
      entities: [],
      discovery: { warnWhenNoEntities: false },
    });
    try {
      const columns = await orm.em.getConnection().execute<{ view: string; column: string }[]>(
        `select table_schema || '.' || table_name as view, column_name as column from information_schema.columns
         where table_name like 'published\\_%' and table_schema in ('okoce', 'perisai', 'coverage')`,
      );
      const nikColumns = columns.filter((row) => /nik/.test(row.column)).map((row) => `${row.view}.${row.column}`);
      expect(nikColumns.sort()).toEqual([
        "coverage.published_participant.nik_hash",
        "okoce.published_umkm.owner_nik_hash",
        "perisai.published_agent.nik_hash",
      ]);
    } finally {
      await orm.close();
    }
    const { data } = await stack.query(
      `{ participants(first: 20, filter: { regionCode: "21.71" }) { nodes { id ownedUmkm { id } } } }`,
    );
    // Owners who enrolled themselves are recognised as owners (the demo set has many).
    expect(data!.participants.nodes.some((node: { ownedUmkm: unknown[] }) => node.ownedUmkm.length > 0)).toBe(true);
  });

  it("gives an agent their prospect list: UMKM in their territory whose owner is not yet a participant", async () => {
    const token = await stack.signIn(DEMO_ACCOUNTS.batamAgent);
    const { data: me } = await stack.query(`{ me { agent { id territory { code } } } }`, {}, { token });
    const territory = new Set(me!.me.agent.territory.map((region: { code: string }) => region.code));
    const { data, errors } = await stack.query(PROSPECTS, { first: 50 }, { token });
    expect(errors).toBeUndefined();
    expect(data!.prospects.totalCount).toBeGreaterThan(0);
    for (const prospect of data!.prospects.nodes) {
      expect(territory.has(prospect.kecamatan.code)).toBe(true);
      expect(prospect.umkm.ownerParticipant).toBeNull();
    }
  });

  it("takes a prospect off the list once the owner is enrolled, and refuses the same NIK a second time", async () => {
    const token = await stack.signIn(DEMO_ACCOUNTS.batamAgent);
    const { data: me } = await stack.query(`{ me { agent { id } } }`, {}, { token });
    const before = (await stack.query(PROSPECTS, { first: 1 }, { token })).data!.prospects;
    const [prospect] = before.nodes;
    // The agent works in this kecamatan, so the owner's NIK is shown to them in clear.
    expect(prospect.umkm.ownerNik).toMatch(/^\d{16}$/);
    const enrol = `mutation ($input: EnrollParticipantInput!) {
      enrollParticipant(input: $input) { participant { id ownedUmkm { id } } userErrors { field code message } }
    }`;
    const input = {
      nik: prospect.umkm.ownerNik,
      name: prospect.umkm.ownerName,
      declaredIncome: 1_500_000,
      programs: ["JKK", "JKM"],
      kecamatanCode: prospect.kecamatan.code,
      umkmId: prospect.umkm.id,
      agentId: me!.me.agent.id,
    };
    const first = await stack.query(enrol, { input }, { token });
    expect(first.errors).toBeUndefined();
    expect(first.data!.enrollParticipant.userErrors).toEqual([]);
    expect(first.data!.enrollParticipant.participant.ownedUmkm).toContainEqual({ id: prospect.umkm.id });

    const after = (await stack.query(PROSPECTS, { first: 1 }, { token })).data!.prospects;
    expect(after.totalCount).toBe(before.totalCount - 1);
    expect(after.nodes[0].umkm.id).not.toBe(prospect.umkm.id);
    const { data: umkm } = await stack.query(
      `query ($id: ID!) { umkm(id: $id) { ownerParticipant { id } } }`,
      { id: prospect.umkm.id },
      { token },
    );
    expect(umkm!.umkm.ownerParticipant.id).toBe(first.data!.enrollParticipant.participant.id);

    const again = await stack.query(enrol, { input }, { token });
    expect(again.data!.enrollParticipant.participant).toBeNull();
    expect(again.data!.enrollParticipant.userErrors).toContainEqual(
      expect.objectContaining({ field: ["input", "nik"], code: "TAKEN" }),
    );
  });

  it("lists prospects of an office for its admin, and refuses an office outside their network", async () => {
    const token = await stack.signIn(DEMO_ACCOUNTS.batamAdmin);
    const { data: offices } = await stack.query(
      `{ pioneer: perisaiOffices(first: 1, filter: { pioneer: true }) { nodes { id } }
         aceh: perisaiOffices(first: 1, filter: { regionCode: "11" }) { nodes { id } } }`,
    );
    const own = await stack.query(
      PROSPECTS,
      { filter: { officeId: offices!.pioneer.nodes[0].id }, first: 5 },
      { token },
    );
    expect(own.errors).toBeUndefined();
    expect(
      own.data!.prospects.nodes.every((p: { kecamatan: { code: string } }) => p.kecamatan.code.startsWith("21.71.")),
    ).toBe(true);
    const other = await stack.query(PROSPECTS, { filter: { officeId: offices!.aceh.nodes[0].id } }, { token });
    expect(other.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
