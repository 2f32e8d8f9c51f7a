import { BATAM, DKI_JAKARTA, type Geography, KEPULAUAN_RIAU } from "./geography";
import type { BpjsOfficeRecord } from "./model";
import { personName, streetAddress } from "./people";
import { BATAM_BRANCH_HEAD, BATAM_BRANCH_NAME } from "./pioneer";
import type { Random } from "./random";

export interface BpjsNetwork {
  records: BpjsOfficeRecord[];
  headOffice: BpjsOfficeRecord;
  /** The branch (Kantor Cabang) that supervises each province's Kantor Perisai. */
  branchByProvince: Map<string, BpjsOfficeRecord>;
}

interface WilayahPlan {
  name: string;
  regionCode: string;
  provinces: string[];
}

/**
 * Eleven regional offices covering the 38 provinces, after BPJAMSOSTEK's own grouping, simplified:
 * Kepulauan Riau falls under Sumbagut (Medan).
 */
const WILAYAH: WilayahPlan[] = [
  { name: "Kantor Wilayah Sumbagut", regionCode: "12", provinces: ["11", "12", KEPULAUAN_RIAU] },
  { name: "Kantor Wilayah Sumbarriau", regionCode: "14", provinces: ["13", "14"] },
  { name: "Kantor Wilayah Sumbagsel", regionCode: "16", provinces: ["15", "16", "17", "18", "19"] },
  { name: "Kantor Wilayah DKI Jakarta", regionCode: DKI_JAKARTA, provinces: [DKI_JAKARTA] },
  { name: "Kantor Wilayah Banten", regionCode: "36", provinces: ["36"] },
  { name: "Kantor Wilayah Jawa Barat", regionCode: "32", provinces: ["32"] },
  { name: "Kantor Wilayah Jawa Tengah dan DIY", regionCode: "33", provinces: ["33", "34"] },
  { name: "Kantor Wilayah Jawa Timur", regionCode: "35", provinces: ["35"] },
  { name: "Kantor Wilayah Kalimantan", regionCode: "64", provinces: ["61", "62", "63", "64", "65"] },
  {
    name: "Kantor Wilayah Sulawesi dan Maluku",
    regionCode: "73",
    provinces: ["71", "72", "73", "74", "75", "76", "81", "82"],
  },
  {
    name: "Kantor Wilayah Bali, Nusa Tenggara dan Papua",
    regionCode: "51",
    provinces: ["51", "52", "53", "91", "92", "93", "94", "95", "96"],
  },
];

/** Kantor Pusat, the Sumbagut office and Batam Nagoya first (ids 1–3), then the other offices. */
export function buildBpjsOffices(geography: Geography, rng: Random): BpjsNetwork {
  const records: BpjsOfficeRecord[] = [];
  const add = (record: Omit<BpjsOfficeRecord, "id">): BpjsOfficeRecord => {
    const office = { id: records.length + 1, ...record };
    records.push(office);
    return office;
  };
  const headOffice = add({
    parentId: null,
    kind: "PUSAT",
    name: "BPJAMSOSTEK Kantor Pusat",
    regionCode: DKI_JAKARTA,
    headName: "Direktur Utama",
    address: null,
  });
  const branchByProvince = new Map<string, BpjsOfficeRecord>();
  const sumbagut = add(wilayahOffice(WILAYAH[0], headOffice.id, geography, rng));
  branchByProvince.set(
    KEPULAUAN_RIAU,
    add({
      parentId: sumbagut.id,
      kind: "CABANG",
      name: BATAM_BRANCH_NAME,
      regionCode: BATAM,
      headName: BATAM_BRANCH_HEAD,
      address: null,
    }),
  );
  const wilayahIds = [
    sumbagut.id,
    ...WILAYAH.slice(1).map((plan) => add(wilayahOffice(plan, headOffice.id, geography, rng)).id),
  ];
  WILAYAH.forEach((plan, index) => {
    for (const provinceCode of plan.provinces.filter((code) => code !== KEPULAUAN_RIAU)) {
      branchByProvince.set(provinceCode, add(branchOffice(provinceCode, wilayahIds[index], geography, rng)));
    }
  });
  return { records, headOffice, branchByProvince };
}

function wilayahOffice(
  plan: WilayahPlan,
  parentId: number,
  geography: Geography,
  rng: Random,
): Omit<BpjsOfficeRecord, "id"> {
  return {
    parentId,
    kind: "WILAYAH",
    name: plan.name,
    regionCode: plan.regionCode,
    headName: officeHead(rng),
    address: streetAddress(rng, geography.shortName(geography.seatOf(plan.regionCode).code)),
  };
}

function branchOffice(
  provinceCode: string,
  parentId: number,
  geography: Geography,
  rng: Random,
): Omit<BpjsOfficeRecord, "id"> {
  const seat = geography.seatOf(provinceCode);
  const city = geography.shortName(seat.code);
  return {
    parentId,
    kind: "CABANG",
    name: `Kantor Cabang ${city}`,
    regionCode: seat.code,
    headName: officeHead(rng),
    address: streetAddress(rng, city),
  };
}

function officeHead(rng: Random): string {
  return personName(rng, rng.chance(0.7) ? "MALE" : "FEMALE");
}
