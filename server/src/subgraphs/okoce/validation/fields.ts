import type { Em } from "../../../shared/db/orm";
import { parseRealNik } from "../../../shared/validation/real-nik";
import { RegionDirectory } from "../../../shared/db/region-directory";
import { localIdOf } from "../../../shared/graphql/global-id";
import { Problems } from "../../../shared/graphql/mutation";
import { UserErrorCode } from "../../../shared/graphql/user-error";
import { normalisePhone } from "../../../shared/validation/phone";
import { jakartaToday } from "../../../shared/calendar";
import { liesWithin, regionCodeLevel } from "../domain/region-codes";

export const MAX_NAME_LENGTH = 200;

/** A required name: trimmed, not empty, at most 200 characters. Reports a problem and gives undefined otherwise. */
export function requiredName(
  problems: Problems,
  field: string,
  label: string,
  value: string | null | undefined,
): string | undefined {
  const trimmed = value?.trim() ?? "";
  if (!trimmed) {
    problems.add(field, `${label} is required`, UserErrorCode.REQUIRED);
    return undefined;
  }
  if (trimmed.length > MAX_NAME_LENGTH) {
    problems.add(
      field,
      `${label} can be at most ${MAX_NAME_LENGTH} characters (it has ${trimmed.length})`,
      UserErrorCode.OUT_OF_RANGE,
    );
    return undefined;
  }
  return trimmed;
}

/** An optional phone number, normalised to +62…; blank means none. The number itself never goes in a message. */
export function optionalPhone(problems: Problems, field: string, value: string | null | undefined): string | null {
  if (!value?.trim()) return null;
  const phone = normalisePhone(value);
  if (!phone) {
    problems.add(
      field,
      "Not an Indonesian phone number: write it like 0812-3456-7890, +62 812 3456 7890 or (0778) 123456",
      UserErrorCode.INVALID,
    );
  }
  return phone;
}

/** The row id behind an ID argument of a mutation's input, or undefined (with a problem) when it is not one. */
export function inputLocalId(problems: Problems, field: string, id: string, typeName: string): number | undefined {
  const localId = localIdOf(id, typeName);
  if (localId === null) problems.add(field, `Not a valid ${typeName} ID`, UserErrorCode.INVALID);
  return localId ?? undefined;
}

/** Calendar dates of past events: today (in Asia/Jakarta) at the latest. */
export function notInFuture(problems: Problems, field: string, label: string, date: string): void {
  if (date > jakartaToday()) problems.add(field, `${label} cannot be in the future`, UserErrorCode.OUT_OF_RANGE);
}

/** A NIK of the right form whose first six digits are a real kecamatan. Neither the NIK nor its parts go in a message. */
export async function checkNik(em: Em, problems: Problems, field: string, value: string): Promise<string> {
  const nik = value.trim();
  const parsed = await parseRealNik(em, nik);
  if (!parsed.ok) problems.add(field, parsed.reason, UserErrorCode.INVALID);
  return nik;
}

/** True when the code is a real kecamatan; reports why not otherwise. */
export async function checkKecamatan(em: Em, problems: Problems, field: string, code: string): Promise<boolean> {
  if (regionCodeLevel(code) !== "DISTRICT") {
    problems.add(field, `"${code}" is not a kecamatan code; write it like "21.71.06"`, UserErrorCode.INVALID);
    return false;
  }
  if (!(await RegionDirectory.isDistrict(em, code))) {
    problems.add(field, `No kecamatan has the code "${code}"`, UserErrorCode.NOT_FOUND);
    return false;
  }
  return true;
}

/** A village of the given kecamatan; blank means none. */
export async function checkVillage(
  em: Em,
  problems: Problems,
  field: string,
  value: string | null | undefined,
  kecamatanCode: string,
): Promise<string | null> {
  const code = value?.trim();
  if (!code) return null;
  if (regionCodeLevel(code) !== "VILLAGE") {
    problems.add(field, `"${code}" is not a village code; write it like "21.71.06.1001"`, UserErrorCode.INVALID);
  } else if (!liesWithin(code, kecamatanCode)) {
    problems.add(field, `Village "${code}" is not in kecamatan "${kecamatanCode}"`, UserErrorCode.INVALID);
  } else if ((await RegionDirectory.find(em, code))?.level !== "VILLAGE") {
    problems.add(field, `No village has the code "${code}"`, UserErrorCode.NOT_FOUND);
  }
  return code;
}
