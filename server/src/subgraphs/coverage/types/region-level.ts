import { registerEnumType } from "type-graphql";

/**
 * The regions subgraph's RegionLevel, declared again here because coverage takes it as an argument; Federation
 * merges the two, so the values and descriptions must stay identical to regions/entities/region-level.ts.
 */
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

/** Length of a Kemendagri code at each level ("21", "21.71", "21.71.06", "21.71.06.1001"). */
export const CODE_LENGTH: Record<RegionLevel, number> = {
  [RegionLevel.PROVINCE]: 2,
  [RegionLevel.REGENCY]: 5,
  [RegionLevel.DISTRICT]: 8,
  [RegionLevel.VILLAGE]: 13,
};
