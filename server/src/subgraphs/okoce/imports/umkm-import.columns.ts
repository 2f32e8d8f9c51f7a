import type { ColumnSpec } from "../../../shared/import/rows";

/** The columns of a UMKM import: the fields of createUmkm, the template's header line in this order. */
export const UMKM_IMPORT_COLUMNS: readonly ColumnSpec[] = [
  { name: "businessName", required: true },
  { name: "ownerName", required: true },
  { name: "ownerNik", required: true },
  { name: "phone", required: false },
  { name: "umkmClass", required: true },
  { name: "sector", required: true },
  { name: "streetVendor", required: false },
  { name: "kecamatanCode", required: true },
  { name: "villageCode", required: false },
  { name: "workers", required: true },
  { name: "joinedOn", required: true },
  { name: "stage", required: false },
  { name: "chapterId", required: false },
  { name: "businessCapital", required: false },
  { name: "annualSales", required: false },
];

/** Most rows one file may hold: a whole city's registry (Kota Batam has 81,486 UMKM). */
export const MAX_UMKM_IMPORT_ROWS = 100_000;
