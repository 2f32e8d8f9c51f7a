import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, useStack } from "../support/stack";

const stack = useStack();

const BEHIND_TARGET = `query ($level: RegionLevel, $first: Int) {
  regionsBehindTarget(level: $level, first: $first) {
    region { code name coverage { umkmCovered umkmTarget } }
    umkmTarget umkmCovered gap rate
  }
}`;

describe("regions furthest behind their target", () => {
  it("ranks Kota Batam by the UMKM it still has to protect, with the figures Region.coverage shows", async () => {
    const { data, errors } = await stack.query(BEHIND_TARGET, { level: "REGENCY", first: 5 });
    expect(errors).toBeUndefined();
    const [batam] = data!.regionsBehindTarget;
    expect(batam.region).toMatchObject({ code: "21.71", name: "Kota Batam" });
    expect(batam.umkmTarget).toBe(81_486);
    expect(batam.umkmCovered).toBe(batam.region.coverage.umkmCovered);
    expect(batam.umkmCovered).toBeGreaterThan(0);
    expect(batam.gap).toBe(81_486 - batam.umkmCovered);
    expect(batam.rate).toBeCloseTo(batam.umkmCovered / 81_486, 10);
    const gaps = data!.regionsBehindTarget.map((progress: { gap: number }) => progress.gap);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
  });

  it("lists only regions of the level asked for", async () => {
    const { data } = await stack.query(BEHIND_TARGET, { level: "DISTRICT" });
    for (const progress of data!.regionsBehindTarget) expect(progress.region.code).toMatch(/^\d\d\.\d\d\.\d\d$/);
    const all = await stack.query(BEHIND_TARGET, {});
    expect(all.data!.regionsBehindTarget.map((progress: any) => progress.region.code)).toContain("21.71");
  });

  it("shows every signed-in role the same ranking, and nobody signed out", async () => {
    const national = await stack.query(BEHIND_TARGET, { level: "REGENCY" });
    for (const account of [DEMO_ACCOUNTS.batamAgent, DEMO_ACCOUNTS.analyst]) {
      const token = await stack.signIn(account);
      const { data, errors } = await stack.query(BEHIND_TARGET, { level: "REGENCY" }, { token });
      expect(errors).toBeUndefined();
      expect(data).toEqual(national.data);
    }
    const signedOut = await stack.query(BEHIND_TARGET, { level: "REGENCY" }, { token: null });
    expect(signedOut.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses more than 100 regions at once", async () => {
    const { errors } = await stack.query(BEHIND_TARGET, { first: 101 });
    expect(errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("reads the ranking in one statement, however many regions it returns", async () => {
    const query = `query ($first: Int) { regionsBehindTarget(first: $first) { umkmTarget umkmCovered gap } }`;
    await stack.query(query, { first: 1 });
    const one = await stack.countStatements(query, { first: 1 });
    const many = await stack.countStatements(query, { first: 100 });
    expect(many.response.errors).toBeUndefined();
    expect(many.statements).toBe(one.statements);
  });
});
