import type { Em } from "./orm";

export type RegionLevelName = "PROVINCE" | "REGENCY" | "DISTRICT" | "VILLAGE";

export interface RegionEntry {
  code: string;
  level: RegionLevelName;
  name: string;
}

/**
 * Read-only view of the administrative regions that the regions subgraph publishes
 * (`regions.published_region`), for other subgraphs that must validate a kecamatan or village code
 * inside a write. Provinces, regencies and kecamatan (about 7,800 rows) are cached; villages are looked up.
 */
export class RegionDirectory {
  private static upper: Promise<Map<string, RegionEntry>> | undefined;

  static async upperLevels(em: Em): Promise<Map<string, RegionEntry>> {
    if (!RegionDirectory.upper) {
      RegionDirectory.upper = em
        .getConnection()
        .execute<RegionEntry[]>("select code, level, name from regions.published_region where level <> 'VILLAGE'")
        .then((rows) => new Map(rows.map((row) => [row.code, row])))
        .catch((error) => {
          RegionDirectory.upper = undefined;
          throw error;
        });
    }
    return RegionDirectory.upper;
  }

  static async find(em: Em, code: string): Promise<RegionEntry | null> {
    if (code.split(".").length < 4) return (await RegionDirectory.upperLevels(em)).get(code) ?? null;
    const rows = await em
      .getConnection()
      .execute<RegionEntry[]>("select code, level, name from regions.published_region where code = ?", [code]);
    return rows[0] ?? null;
  }

  static async isDistrict(em: Em, code: string): Promise<boolean> {
    return (await RegionDirectory.upperLevels(em)).get(code)?.level === "DISTRICT";
  }
}
