import type { Em } from "../../../shared/db/orm";
import { RegionDirectory, type RegionEntry, type RegionLevelName } from "../../../shared/db/region-directory";
import type { Problems } from "../../../shared/graphql/mutation";
import { UserErrorCode } from "../../../shared/graphql/user-error";
import { MAX_TERRITORY, MIN_TERRITORY, normaliseTerritory, regionContains } from "../domain/territory";

/** Offices sit in a province, regency/city or kecamatan; never in a single village. */
const OFFICE_LEVELS: readonly RegionLevelName[] = ["PROVINCE", "REGENCY", "DISTRICT"];

export async function officeRegion(
  em: Em,
  problems: Problems,
  field: string,
  code: string,
): Promise<RegionEntry | null> {
  const region = await RegionDirectory.find(em, code.trim());
  if (!region) {
    problems.add(
      field,
      `${field} "${code}" is not a region code (e.g. "21.71" for Kota Batam)`,
      UserErrorCode.NOT_FOUND,
    );
    return null;
  }
  if (!OFFICE_LEVELS.includes(region.level)) {
    problems.add(
      field,
      `${field} must be a province, regency/city or kecamatan, not a ${region.level}`,
      UserErrorCode.INVALID,
    );
    return null;
  }
  return region;
}

/**
 * An agent's territory: 1–20 real kecamatan, all inside the office's region, so an agent of Kantor
 * Perisai Batam works in Batam.
 */
export async function territoryOf(
  em: Em,
  problems: Problems,
  codes: readonly string[],
  officeRegionCode: string | null,
): Promise<string[]> {
  const territory = normaliseTerritory(codes);
  if (territory.length < MIN_TERRITORY || territory.length > MAX_TERRITORY) {
    problems.add(
      "territory",
      `territory must list ${MIN_TERRITORY} to ${MAX_TERRITORY} kecamatan codes (got ${territory.length})`,
      UserErrorCode.OUT_OF_RANGE,
    );
    return territory;
  }
  for (const [index, code] of territory.entries()) {
    const field = `territory.${index}`;
    if (!(await RegionDirectory.isDistrict(em, code))) {
      problems.add(field, `"${code}" is not a kecamatan code (e.g. "21.71.06" for Lubuk Baja)`, UserErrorCode.INVALID);
    } else if (officeRegionCode && !regionContains(officeRegionCode, code)) {
      problems.add(
        field,
        `Kecamatan ${code} lies outside the office's region ${officeRegionCode}`,
        UserErrorCode.OUT_OF_RANGE,
      );
    }
  }
  return territory;
}
