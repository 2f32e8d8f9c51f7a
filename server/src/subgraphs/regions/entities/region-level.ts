import { registerEnumType } from "type-graphql";

export enum RegionLevel {
  PROVINCE = "PROVINCE",
  REGENCY = "REGENCY",
  DISTRICT = "DISTRICT",
  VILLAGE = "VILLAGE",
}

registerEnumType(RegionLevel, {
  name: "RegionLevel",
  description: "Kemendagri administrative levels: provinsi → kabupaten/kota → kecamatan → desa/kelurahan.",
  valuesConfig: {
    PROVINCE: { description: "Provinsi, 2-digit code (21 Kepulauan Riau)." },
    REGENCY: { description: "Kabupaten or kota, code 21.71 (Kota Batam)." },
    DISTRICT: { description: "Kecamatan, code 21.71.06 (Lubuk Baja)." },
    VILLAGE: { description: "Desa or kelurahan, code 21.71.06.1001." },
  },
});

/** The level of a region follows from the number of segments in its code. */
export function levelOfCode(code: string): RegionLevel {
  return [RegionLevel.PROVINCE, RegionLevel.REGENCY, RegionLevel.DISTRICT, RegionLevel.VILLAGE][
    code.split(".").length - 1
  ];
}

/** Codes of the ancestors of a region, the province first: "21.71.06" → ["21", "21.71"]. */
export function ancestorCodes(code: string): string[] {
  const parts = code.split(".");
  return parts.slice(0, -1).map((_part, index) => parts.slice(0, index + 1).join("."));
}
