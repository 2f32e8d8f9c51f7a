import { describe, expect, it } from "vitest";
import { ancestorsOf, buildOfficeTree, parseIdList, searchScope, searchWords, type OfficeRecord } from "./officeTree";

function office(id: string, parentId: string | null, name: string, agents = 0, participants = 0): OfficeRecord {
  return {
    id,
    parentId,
    name,
    status: "ACTIVE",
    regionName: null,
    agentsTotal: agents,
    agentsActive: agents,
    participantsActive: participants,
    participantsTotal: participants,
  };
}

const records = [
  office("batam-kota", "batam", "Kantor Perisai OK OCE Progresif Kecamatan Batam Kota", 10, 100),
  office("national", null, "Kantor Perisai OK OCE Progresif Nasional"),
  office("kepri", "national", "Kantor Perisai OK OCE Progresif Kepulauan Riau", 1, 5),
  office("batam", "kepri", "Kantor Perisai OK OCE Progresif Batam", 40, 900),
  office("aceh", "national", "Kantor Perisai OK OCE Progresif Aceh", 2, 7),
];

describe("buildOfficeTree", () => {
  it("nests the offices by parent, sorted by name, with depths and subtree sums", () => {
    const tree = buildOfficeTree(records);
    expect(tree.roots.map((root) => root.id)).toEqual(["national"]);
    const national = tree.byId.get("national")!;
    expect(national.children.map((child) => child.id)).toEqual(["aceh", "kepri"]);
    expect(tree.byId.get("batam-kota")!.depth).toBe(3);
    expect(national.subtree).toEqual({
      offices: 5,
      agentsTotal: 53,
      agentsActive: 53,
      participantsActive: 1012,
      participantsTotal: 1012,
    });
    expect(tree.byId.get("batam")!.subtree.agentsTotal).toBe(50);
  });

  it("makes an office whose parent is out of the viewer's scope a root (an office admin's subtree)", () => {
    const tree = buildOfficeTree(records.filter((record) => record.id.startsWith("batam")));
    expect(tree.roots.map((root) => root.id)).toEqual(["batam"]);
    expect(tree.byId.get("batam")!.depth).toBe(0);
  });

  it("survives a cycle in the data", () => {
    const tree = buildOfficeTree([office("a", "b", "A"), office("b", "a", "B"), office("c", null, "C")]);
    expect(tree.roots.map((root) => root.id)).toEqual(["c"]);
    expect(ancestorsOf(tree, "a")).toEqual(["b"]);
  });
});

describe("searching the tree", () => {
  const tree = buildOfficeTree(records);

  it("gives the path of an office, the top first", () => {
    expect(ancestorsOf(tree, "batam-kota")).toEqual(["national", "kepri", "batam"]);
    expect(ancestorsOf(tree, "national")).toEqual([]);
  });

  it("matches office names by every word, case-insensitively, and opens the way to them", () => {
    const scope = searchScope(tree, searchWords("batam  KOTA"), []);
    expect([...scope.matched]).toEqual(["batam-kota"]);
    expect([...scope.onPath].sort()).toEqual(["batam", "kepri", "national"]);
  });

  it("opens the way to the office of a matching agent", () => {
    const scope = searchScope(tree, searchWords("AP-2171-00001"), ["batam"]);
    expect(scope.matched.size).toBe(0);
    expect([...scope.onPath].sort()).toEqual(["batam", "kepri", "national"]);
  });

  it("reads the expanded offices from the URL", () => {
    expect(parseIdList("a,b,,a")).toEqual(["a", "b"]);
    expect(parseIdList(null)).toEqual([]);
  });
});
