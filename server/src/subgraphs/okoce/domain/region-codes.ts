/** Kemendagri region codes: "21" province, "21.71" regency, "21.71.06" kecamatan, "21.71.06.1001" village. */
export type RegionCodeLevel = "PROVINCE" | "REGENCY" | "DISTRICT" | "VILLAGE";

const REGION_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;
const LEVELS: RegionCodeLevel[] = ["PROVINCE", "REGENCY", "DISTRICT", "VILLAGE"];

/** The level a well-formed code stands for, or null when the text is not a region code at all. */
export function regionCodeLevel(code: string): RegionCodeLevel | null {
  return REGION_CODE.test(code) ? LEVELS[code.split(".").length - 1] : null;
}

/** True when `code` is `ancestor` itself or a region inside it ("21.71.06" lies within "21" and "21.71"). */
export function liesWithin(code: string, ancestor: string): boolean {
  return code === ancestor || code.startsWith(`${ancestor}.`);
}
