import { addDays, minDate, randomDate } from "./dates";
import { BATAM, BATAM_DISTRICT_WEIGHTS, type Geography, KEPULAUAN_RIAU } from "./geography";
import type { ChapterLevel, ChapterRecord } from "./model";
import { mobilePhone, personName } from "./people";
import { OKOCE_BRAND, OKOCE_NATIONAL_COORDINATOR } from "./pioneer";
import type { Random } from "./random";

export interface ChapterNetwork {
  records: ChapterRecord[];
  national: ChapterRecord;
  batam: ChapterRecord;
  byProvince: Map<string, ChapterRecord>;
  /** The city chapter of each province (Batam for Kepulauan Riau). */
  byCity: Map<string, ChapterRecord>;
  byBatamDistrict: Map<string, ChapterRecord>;
}

/** Founding dates are synthetic; they only need to precede the UMKM the chapters foster. */
const NATIONAL_FOUNDED_ON = "2016-01-15";
const BATAM_FOUNDED_ON = "2016-04-20";

/**
 * OK OCE Progresif national (id 1) and Batam (id 2) first, then a chapter per province, one per Batam
 * kecamatan and one for the seat city of every other province.
 */
export function buildChapters(geography: Geography, rng: Random): ChapterNetwork {
  const records: ChapterRecord[] = [];
  const add = (fields: ChapterFields): ChapterRecord => {
    const chapter = { id: records.length + 1, brand: OKOCE_BRAND, ...fields };
    records.push(chapter);
    return chapter;
  };
  const national = add({
    parentId: null,
    level: "NATIONAL",
    name: OKOCE_BRAND,
    regionCode: null,
    coordinatorName: OKOCE_NATIONAL_COORDINATOR,
    coordinatorPhone: null,
    foundedOn: NATIONAL_FOUNDED_ON,
  });
  // Batam's parent, the Kepulauan Riau chapter, is the first id after Batam in province order.
  const kepriId = 3 + geography.provinces.findIndex((province) => province.code === KEPULAUAN_RIAU);
  const batam = add(synthetic(rng, kepriId, "REGENCY", `${OKOCE_BRAND} Batam`, BATAM, BATAM_FOUNDED_ON));
  const byProvince = new Map<string, ChapterRecord>();
  for (const province of geography.provinces) {
    const foundedOn = province.code === KEPULAUAN_RIAU ? "2016-03-10" : randomDate(rng, "2016-02-01", "2019-12-31");
    const name = `${OKOCE_BRAND} ${province.name}`;
    byProvince.set(province.code, add(synthetic(rng, national.id, "PROVINCE", name, province.code, foundedOn)));
  }
  const byBatamDistrict = new Map<string, ChapterRecord>();
  for (const districtCode of Object.keys(BATAM_DISTRICT_WEIGHTS)) {
    const name = `${OKOCE_BRAND} Kecamatan ${geography.region(districtCode).name}`;
    const foundedOn = randomDate(rng, "2016-05-01", "2017-12-31");
    byBatamDistrict.set(districtCode, add(synthetic(rng, batam.id, "DISTRICT", name, districtCode, foundedOn)));
  }
  const byCity = new Map<string, ChapterRecord>([[KEPULAUAN_RIAU, batam]]);
  for (const province of geography.provinces.filter((candidate) => candidate.code !== KEPULAUAN_RIAU)) {
    const parent = byProvince.get(province.code)!;
    const seat = geography.seatOf(province.code);
    const foundedOn = minDate(addDays(parent.foundedOn, rng.int(30, 540)), "2020-12-31");
    const name = `${OKOCE_BRAND} ${geography.shortName(seat.code)}`;
    byCity.set(province.code, add(synthetic(rng, parent.id, "REGENCY", name, seat.code, foundedOn)));
  }
  return { records, national, batam, byProvince, byCity, byBatamDistrict };
}

type ChapterFields = Omit<ChapterRecord, "id" | "brand">;

function synthetic(
  rng: Random,
  parentId: number,
  level: ChapterLevel,
  name: string,
  regionCode: string,
  foundedOn: string,
): ChapterFields {
  const coordinatorName = personName(rng, rng.chance(0.65) ? "MALE" : "FEMALE");
  return { parentId, level, name, regionCode, coordinatorName, coordinatorPhone: mobilePhone(rng), foundedOn };
}
