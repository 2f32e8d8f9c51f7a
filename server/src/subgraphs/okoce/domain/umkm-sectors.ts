/**
 * The business sectors OK OCE records for a UMKM. A closed list, so that counts by sector add up; a
 * business that fits none is "Lainnya".
 */
export const UMKM_SECTORS = [
  "Kuliner",
  "Perdagangan Eceran",
  "Fesyen & Konveksi",
  "Jasa Reparasi",
  "Pertanian",
  "Perikanan",
  "Kerajinan",
  "Jasa Kecantikan",
  "Transportasi",
  "Laundry",
  "Percetakan",
  "Lainnya",
] as const;

export type UmkmSector = (typeof UMKM_SECTORS)[number];

export function isUmkmSector(value: string): value is UmkmSector {
  return (UMKM_SECTORS as readonly string[]).includes(value);
}
