import { describe, expect, it } from "vitest";
import { useStack } from "../support/stack";

const stack = useStack();

describe("regions through the gateway", () => {
  it("has every province, regency and kecamatan of Indonesia", async () => {
    const { data, errors } = await stack.query(`{
      provinces: regions(filter: { level: PROVINCE }) { totalCount }
      regencies: regions(filter: { level: REGENCY }) { totalCount }
      districts: regions(filter: { level: DISTRICT }) { totalCount }
      villages: regions(filter: { level: VILLAGE }) { totalCount }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      provinces: { totalCount: 38 },
      regencies: { totalCount: 514 },
      districts: { totalCount: 7285 },
      villages: { totalCount: 83762 },
    });
  });

  it("knows Kota Batam, its 12 kecamatan, its target of 81,486 UMKM and its registry", async () => {
    const { data, errors } = await stack.query(`{
      region(code: "21.71") {
        name level parent { code name }
        children(first: 20) { totalCount nodes { code name } }
        coverage { umkmTarget umkmRegistered umkmCovered participantsActive rate }
      }
    }`);
    expect(errors).toBeUndefined();
    const batam = data!.region;
    expect(batam).toMatchObject({
      name: "Kota Batam",
      level: "REGENCY",
      parent: { code: "21", name: "Kepulauan Riau" },
    });
    expect(batam.children.totalCount).toBe(12);
    expect(batam.children.nodes.map((node: { name: string }) => node.name)).toContain("Lubuk Baja");
    expect(batam.coverage.umkmTarget).toBe(81_486);
    expect(batam.coverage.umkmRegistered).toBe(81_486);
    expect(batam.coverage.umkmCovered).toBeGreaterThan(0);
    expect(batam.coverage.umkmCovered).toBeLessThanOrEqual(81_486);
    expect(batam.coverage.participantsActive).toBeGreaterThan(0);
    expect(batam.coverage.rate).toBeCloseTo(batam.coverage.umkmCovered / 81_486, 6);
  });

  it("searches regions by name and pages with cursors", async () => {
    const first = await stack.query(
      `{ regions(filter: { search: "lubuk baja", level: DISTRICT }) { totalCount nodes { code } } }`,
    );
    expect(first.data!.regions).toEqual({ totalCount: 1, nodes: [{ code: "21.71.06" }] });

    const page1 = await stack.query(
      `{ regions(filter: { parentCode: "21.71" }, first: 5) { edges { cursor node { code } } pageInfo { hasNextPage endCursor } } }`,
    );
    const { endCursor, hasNextPage } = page1.data!.regions.pageInfo;
    expect(hasNextPage).toBe(true);
    const page2 = await stack.query(
      `query ($after: String) { regions(filter: { parentCode: "21.71" }, first: 5, after: $after) { nodes { code } } }`,
      {
        after: endCursor,
      },
    );
    expect(page2.data!.regions.nodes.map((node: { code: string }) => node.code)).toEqual([
      "21.71.06",
      "21.71.07",
      "21.71.08",
      "21.71.09",
      "21.71.10",
    ]);
  });

  it("refuses pages over 100 and foreign cursors with a code, not a crash", async () => {
    const tooMany = await stack.query(`{ regions(first: 101) { totalCount } }`);
    expect(tooMany.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const badCursor = await stack.query(`{ regions(first: 2, after: "bm90LWEtY3Vyc29y") { totalCount } }`);
    expect(badCursor.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(badCursor)).not.toMatch(/stack|127\.0\.0\.1|select /i);
  });
});

describe("the pioneer", () => {
  it("has the MoU signed in Batam on 2020-07-09", async () => {
    const { data, errors } = await stack.query(
      `{ mous(first: 100) { totalCount nodes { signedOn place umkmTarget } } }`,
    );
    expect(errors).toBeUndefined();
    const pioneer = data!.mous.nodes.filter((mou: { signedOn: string }) => mou.signedOn === "2020-07-09");
    expect(pioneer).toEqual([{ signedOn: "2020-07-09", place: "Batam", umkmTarget: 81_486 }]);
  });

  it("has exactly one pioneer office, in Kota Batam", async () => {
    const { data, errors } = await stack.query(`{
      perisaiOffices(filter: { pioneer: true }, first: 10) { totalCount nodes { name pioneer region { code name } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.perisaiOffices.totalCount).toBe(1);
    expect(data!.perisaiOffices.nodes[0]).toMatchObject({
      name: "Kantor Perisai OK OCE Progresif Batam",
      pioneer: true,
      region: { code: "21.71", name: "Kota Batam" },
    });
  });
});
