import type { ChapterNetwork } from "./chapters";
import { randomDate } from "./dates";
import { BATAM_DISTRICT_WEIGHTS, BATAM_HINTERLAND, type Geography, KEPULAUAN_RIAU } from "./geography";
import type { ChapterRecord, SevenPasStage, UmkmClass, UmkmRecord } from "./model";
import {
  BUSINESS_PATTERNS,
  BUSINESS_WORDS,
  SECTOR_WEIGHTS,
  SECTORS,
  type Sector,
  STREET_VENDOR_PATTERNS,
  STREET_VENDOR_SECTOR_WEIGHTS,
} from "./names";
import { mobilePhone, newPerson, type NikRegistry, type Person } from "./people";
import { BATAM_UMKM_COUNT } from "./pioneer";
import { apportion, type Random } from "./random";

export interface IdRange {
  first: number;
  count: number;
}

export interface UmkmRegistry {
  records: UmkmRecord[];
  /** UMKM are generated kecamatan by kecamatan, so the ids of one kecamatan form a range. */
  rangeByDistrict: Map<string, IdRange>;
}

interface UmkmContext {
  geography: Geography;
  niks: NikRegistry;
  today: string;
  rng: Random;
}

const CLASSES: UmkmClass[] = ["MIKRO", "KECIL", "MENENGAH"];
const CLASS_WEIGHTS = [93, 6, 1];
/** Mikro businesses that are street vendors, so that about a quarter of all UMKM are. */
const STREET_VENDOR_SHARE_OF_MIKRO = 0.27;
const STAGES: SevenPasStage[] = ["P1", "P2", "P3", "P4", "P5", "P6", "P7"];
/** Most members are early in the 7PAS path; few reach financing (P7). */
const STAGE_WEIGHTS = [30, 22, 16, 12, 9, 7, 4];
const VENDOR_SECTORS = Object.keys(STREET_VENDOR_SECTOR_WEIGHTS) as Sector[];
const VENDOR_SECTOR_WEIGHTS = VENDOR_SECTORS.map((sector) => STREET_VENDOR_SECTOR_WEIGHTS[sector]!);
const MAINLAND_SECTOR_WEIGHTS = SECTORS.map((sector) => SECTOR_WEIGHTS[sector]);
const HINTERLAND_SECTOR_WEIGHTS = SECTORS.map((sector) => SECTOR_WEIGHTS[sector] * (sector === "Perikanan" ? 10 : 1));

/** Batam at its real size (81,486 UMKM), then 100–300 UMKM in the seat city of every other province. */
export function buildUmkms(context: UmkmContext, chapters: ChapterNetwork): UmkmRegistry {
  const registry: UmkmRegistry = { records: [], rangeByDistrict: new Map() };
  const batamDistricts = Object.keys(BATAM_DISTRICT_WEIGHTS);
  const batamCounts = apportion(BATAM_UMKM_COUNT, Object.values(BATAM_DISTRICT_WEIGHTS));
  batamDistricts.forEach((districtCode, index) => {
    addDistrict(context, registry, districtCode, batamCounts[index], chapters.byBatamDistrict.get(districtCode)!);
  });
  const { geography, rng } = context;
  for (const province of geography.provinces.filter((candidate) => candidate.code !== KEPULAUAN_RIAU)) {
    const districts = geography.districtsOf(geography.seatOf(province.code).code);
    const counts = apportion(
      rng.int(100, 300),
      districts.map(() => 0.5 + rng.next()),
    );
    const chapter = chapters.byCity.get(province.code)!;
    districts.forEach((district, index) => addDistrict(context, registry, district.code, counts[index], chapter));
  }
  return registry;
}

function addDistrict(
  context: UmkmContext,
  registry: UmkmRegistry,
  districtCode: string,
  count: number,
  chapter: ChapterRecord,
): void {
  registry.rangeByDistrict.set(districtCode, { first: registry.records.length + 1, count });
  for (let index = 0; index < count; index += 1) {
    registry.records.push(newUmkm(context, registry.records.length + 1, districtCode, chapter));
  }
}

function newUmkm(context: UmkmContext, id: number, districtCode: string, chapter: ChapterRecord): UmkmRecord {
  const { geography, rng } = context;
  const umkmClass = rng.weighted(CLASSES, CLASS_WEIGHTS);
  const streetVendor = umkmClass === "MIKRO" && rng.chance(STREET_VENDOR_SHARE_OF_MIKRO);
  const sector = streetVendor
    ? rng.weighted(VENDOR_SECTORS, VENDOR_SECTOR_WEIGHTS)
    : rng.weighted(SECTORS, BATAM_HINTERLAND.has(districtCode) ? HINTERLAND_SECTOR_WEIGHTS : MAINLAND_SECTOR_WEIGHTS);
  const owner = newPerson(rng, context.niks, {
    districtCode,
    localShare: 0.8,
    allDistricts: geography.districts,
    bornFrom: 1960,
    bornTo: 2002,
  });
  const villages = geography.villagesOf(districtCode);
  return {
    id,
    businessName: businessName(rng, sector, streetVendor, owner),
    ownerName: owner.name,
    ownerNik: owner.nik,
    phone: rng.chance(0.85) ? mobilePhone(rng) : null,
    umkmClass,
    sector,
    streetVendor,
    districtCode,
    villageCode: villages.length > 0 ? rng.pick(villages).code : null,
    workers: workersOf(rng, umkmClass, streetVendor),
    joinedOn: randomDate(rng, chapter.foundedOn, context.today),
    stage: rng.weighted(STAGES, STAGE_WEIGHTS),
    chapterId: chapter.id,
  };
}

/** People working in the business, the owner included. */
function workersOf(rng: Random, umkmClass: UmkmClass, streetVendor: boolean): number {
  if (streetVendor) return rng.skewedInt(1, 2, 2);
  if (umkmClass === "MIKRO") return rng.skewedInt(1, 4, 2);
  if (umkmClass === "KECIL") return rng.int(5, 14);
  return rng.int(15, 20);
}

function businessName(rng: Random, sector: Sector, streetVendor: boolean, owner: Person): string {
  const patterns = (streetVendor ? STREET_VENDOR_PATTERNS[sector] : undefined) ?? BUSINESS_PATTERNS[sector];
  const honorific = owner.sex === "MALE" ? rng.pick(["Pak", "Bang"]) : rng.pick(["Bu", "Kak"]);
  return rng
    .pick(patterns)
    .replace("{owner}", `${honorific} ${owner.firstName}`)
    .replace("{name}", owner.firstName)
    .replace("{word}", rng.pick(BUSINESS_WORDS));
}
