/**
 * The business sectors OK OCE records for a UMKM. A closed list, so that counts by sector add up; a
 * business that fits none is "Lainnya".
 */
export const UMKM_SECTORS: readonly string[] = [
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
];

export function isUmkmSector(value: string): boolean {
  return UMKM_SECTORS.includes(value);
}
