/** What /impor imports, and the template file of each kind: the header line the server expects and one sample row. */
export type ImportKind = "umkm" | "agen";

export const IMPORT_KINDS: readonly ImportKind[] = ["umkm", "agen"];

export const TEMPLATES: Record<ImportKind, { filename: string; rows: readonly (readonly string[])[] }> = {
  umkm: {
    filename: "templat-impor-umkm.csv",
    rows: [
      [
        "businessName",
        "ownerName",
        "ownerNik",
        "phone",
        "umkmClass",
        "sector",
        "streetVendor",
        "kecamatanCode",
        "villageCode",
        "workers",
        "joinedOn",
        "stage",
        "chapterId",
        "businessCapital",
        "annualSales",
      ],
      [
        "Warung Makan Bu Siti",
        "Siti Aminah",
        "2171064512850001",
        "0812-3456-7890",
        "MIKRO",
        "Kuliner",
        "tidak",
        "21.71.06",
        "",
        "3",
        "2021-03-15",
        "P1",
        "",
        "25000000",
        "120000000",
      ],
    ],
  },
  agen: {
    filename: "templat-impor-agen.csv",
    rows: [
      ["office", "name", "nik", "phone", "territory", "umkmId", "appointedOn"],
      [
        "Kantor Perisai OK OCE Progresif Batam",
        "Rina Marlina",
        "2171065203900001",
        "0813-7000-1234",
        "21.71.06 | 21.71.01",
        "",
        "",
      ],
    ],
  },
};

export function isImportKind(value: string | null): value is ImportKind {
  return value === "umkm" || value === "agen";
}

/** A job is finished once it succeeded or failed; until then the page keeps polling it. */
export function isFinished(status: string): boolean {
  return status === "SUCCEEDED" || status === "FAILED";
}

/** Whole percent of a job's progress, 0 for an empty job; never 100 before every row is written. */
export function percentDone(processed: number, total: number): number {
  if (total <= 0) return 0;
  return processed >= total ? 100 : Math.min(99, Math.floor((processed / total) * 100));
}

/** Bytes a browser sends of a file: the gateway takes CSV imports up to 32 MB of JSON. */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;
