// Valid, unique NIKs for the write benchmark: a real kecamatan, a real birth date (men, 1970–1996) and a
// serial from 5001 on — far above the serials the seeds issue — starting at a random point, so repeated
// runs on the same database do not collide.
const FIRST_DAY = Date.UTC(1970, 0, 1) / 86_400_000;
const DAYS = 9_800;
const SERIALS = 4_999;

export function benchNiks(kecamatanDigits, start = Math.floor(Math.random() * DAYS * SERIALS)) {
  let next = start;
  return {
    next() {
      const index = next++ % (DAYS * SERIALS);
      const date = new Date((FIRST_DAY + (index % DAYS)) * 86_400_000);
      const serial = 5_001 + Math.floor(index / DAYS);
      const dd = String(date.getUTCDate()).padStart(2, "0");
      const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
      const yy = String(date.getUTCFullYear()).slice(2);
      return `${kecamatanDigits}${dd}${mm}${yy}${String(serial).padStart(4, "0")}`;
    },
  };
}
