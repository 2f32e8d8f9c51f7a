import type { Em } from "../db/orm";
import { RegionDirectory } from "../db/region-directory";
import { parseNik, type NikResult } from "./nik";

/**
 * A NIK of the right form whose first six digits are a kecamatan that exists (regions.published_region).
 * The reason never repeats the NIK or its parts, so it can go into a message and a log.
 */
export async function parseRealNik(em: Em, nik: string): Promise<NikResult> {
  const parsed = parseNik(nik);
  if (!parsed.ok) return parsed;
  if (!(await RegionDirectory.isDistrict(em, parsed.value.districtCode))) {
    return { ok: false, reason: "NIK digits 1–6 must be the code of a real kecamatan" };
  }
  return parsed;
}
