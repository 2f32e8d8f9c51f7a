import { paramsOf, sortKeyOf, wordOf } from "../agents/list-state";

/**
 * The UMKM registry view as URL parameters, so a shared link reproduces it:
 * /umkm?kecamatan=21.71.10&sektor=Kuliner&kelas=MIKRO&tahap=P3&pkl=ya&urut=bergabung&arah=turun.
 */

export const UMKM_CLASSES = ["MIKRO", "KECIL", "MENENGAH"] as const;
export type UmkmClass = (typeof UMKM_CLASSES)[number];
export const SEVEN_PAS_STAGES = ["P1", "P2", "P3", "P4", "P5", "P6", "P7"] as const;
export type SevenPasStage = (typeof SEVEN_PAS_STAGES)[number];

const UMKM_SORTS = {
  nama: "BUSINESS_NAME",
  pemilik: "OWNER_NAME",
  bergabung: "JOINED_ON",
  pekerja: "WORKERS",
  dicatat: "CREATED_AT",
} as const;
export type UmkmSortKey = (typeof UMKM_SORTS)[keyof typeof UMKM_SORTS];

export interface UmkmListState {
  filter: {
    search?: string;
    regionCode?: string;
    kecamatanCode?: string;
    sector?: string;
    umkmClass?: UmkmClass;
    stage?: SevenPasStage;
    streetVendor?: boolean;
  };
  sortKey: UmkmSortKey;
  reverse: boolean;
}

function text(params: URLSearchParams, name: string): string | undefined {
  return params.get(name)?.trim() || undefined;
}

export function umkmListFromParams(params: URLSearchParams): UmkmListState {
  const umkmClass = params.get("kelas");
  const stage = params.get("tahap");
  const streetVendor = params.get("pkl");
  return {
    filter: {
      search: text(params, "cari"),
      regionCode: text(params, "wilayah"),
      kecamatanCode: text(params, "kecamatan"),
      sector: text(params, "sektor"),
      umkmClass: UMKM_CLASSES.find((value) => value === umkmClass),
      stage: SEVEN_PAS_STAGES.find((value) => value === stage),
      streetVendor: streetVendor === "ya" ? true : streetVendor === "tidak" ? false : undefined,
    },
    sortKey: sortKeyOf(UMKM_SORTS, params.get("urut"), "BUSINESS_NAME"),
    reverse: params.get("arah") === "turun",
  };
}

export function umkmListToParams({ filter, sortKey, reverse }: UmkmListState): URLSearchParams {
  return paramsOf({
    cari: filter.search?.trim(),
    wilayah: filter.regionCode,
    kecamatan: filter.kecamatanCode,
    sektor: filter.sector,
    kelas: filter.umkmClass,
    tahap: filter.stage,
    pkl: filter.streetVendor === undefined ? undefined : filter.streetVendor ? "ya" : "tidak",
    urut: sortKey === "BUSINESS_NAME" ? undefined : wordOf(UMKM_SORTS, sortKey),
    arah: reverse ? "turun" : undefined,
  });
}

/** The filter as the API takes it: only the conditions that are set. */
export function umkmFilterOf(state: UmkmListState): UmkmListState["filter"] {
  return Object.fromEntries(Object.entries(state.filter).filter(([, value]) => value !== undefined));
}
