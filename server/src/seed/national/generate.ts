/**
 * The `national` data set: the whole country at load-test size (≥ 2 million UMKM in every kecamatan of
 * Indonesia, ≥ 1 million participants with 12 monthly contributions each, 20,000 agents in about 1,000
 * Kantor Perisai). Built on the demo generator's pieces: the same BPJAMSOSTEK offices, chapters, MoUs and
 * pioneer (Batam keeps its 81,486 UMKM, its office, MoU and target), then a city office in every regency
 * and kecamatan offices until the network has ~1,000 offices.
 *
 * Memory stays bounded: UMKM, participants and contributions are never held as arrays. Each UMKM and each
 * participant is drawn from its own PRNG seeded by its id, so any one of them can be regenerated on demand
 * and every pass over a stream yields the same rows. Only compact typed arrays (a few bytes per row) are kept.
 *
 * NIKs are unique by construction: every person's NIK carries the kecamatan they live in, and the k-th
 * person of a kecamatan gets the k-th (birth date, serial) pair of a bijection, so no registry is needed.
 */
import { composeNik, parseNik } from "../../shared/validation/nik";
import { jakartaToday } from "../../shared/calendar";
import {
  type ContributionAmounts,
  computeContribution,
  INITIAL_RATES,
} from "../../subgraphs/coverage/domain/contribution-rates";
import type { ActiveWindow } from "../demo/agent-history";
import { buildCareer } from "../demo/agent-history";
import { buildBpjsOffices } from "../demo/bpjs-offices";
import { buildChapters } from "../demo/chapters";
import {
  addDays,
  dateOfDay,
  dayOf,
  daysInMonth,
  firstDayOfMonth,
  monthIndexOf,
  periodOfMonth,
  randomDate,
} from "../demo/dates";
import { BATAM, BATAM_DISTRICT_WEIGHTS, BATAM_HINTERLAND, Geography } from "../demo/geography";
import type {
  AgentRecord,
  ChapterRecord,
  ParticipantRecord,
  PerisaiOfficeRecord,
  Sex,
  SevenPasStage,
  UmkmClass,
  UmkmRecord,
} from "../demo/model";
import { buildMous } from "../demo/mous";
import {
  BUSINESS_PATTERNS,
  BUSINESS_WORDS,
  SECTOR_WEIGHTS,
  SECTORS,
  type Sector,
  STREET_VENDOR_PATTERNS,
  STREET_VENDOR_SECTOR_WEIGHTS,
} from "../demo/names";
import { mobilePhone, personName, streetAddress } from "../demo/people";
import { buildPerisaiOffices, type RecruitingOffice } from "../demo/perisai-offices";
import { BATAM_TARGET, BATAM_UMKM_COUNT, FIRST_APPOINTMENT_ON, OKOCE_BRAND } from "../demo/pioneer";
import { apportion, Random, streamSeed, WeightedTable } from "../demo/random";
import { loadRegions } from "../demo/regions";
import { DEFAULT_SEED } from "../demo/generate";
import type { NationalContribution, NationalDataSet } from "./model";

export interface NationalSize {
  umkms: number;
  participants: number;
  agents: number;
  offices: number;
  /** Contributions per participant: the months from registration on, all paid. */
  monthsPaid: number;
}

/** The size the issue asks for. */
export const NATIONAL_SIZE: NationalSize = {
  umkms: 2_000_000,
  participants: 1_000_000,
  agents: 20_000,
  offices: 1_000,
  monthsPaid: 12,
};

export interface NationalOptions {
  seed?: number;
  today?: string;
  size?: Partial<NationalSize>;
}

const NAME_PREFIX = "Kantor Perisai OK OCE Progresif";
const CLASSES: UmkmClass[] = ["MIKRO", "KECIL", "MENENGAH"];
const CLASS_WEIGHTS = [93, 6, 1];
const STREET_VENDOR_SHARE_OF_MIKRO = 0.27;
const STAGES: SevenPasStage[] = ["P1", "P2", "P3", "P4", "P5", "P6", "P7"];
const STAGE_WEIGHTS = [30, 22, 16, 12, 9, 7, 4];
const VENDOR_SECTORS = Object.keys(STREET_VENDOR_SECTOR_WEIGHTS) as Sector[];
const VENDOR_SECTOR_WEIGHTS = VENDOR_SECTORS.map((sector) => STREET_VENDOR_SECTOR_WEIGHTS[sector]!);
const MAINLAND_SECTOR_WEIGHTS = SECTORS.map((sector) => SECTOR_WEIGHTS[sector]);
const HINTERLAND_SECTOR_WEIGHTS = SECTORS.map((sector) => SECTOR_WEIGHTS[sector] * (sector === "Perikanan" ? 10 : 1));
/** Batam's agents as in the demo: the pioneer 160, each sub-office 80. */
const BATAM_AGENTS = { pioneer: 160, subOffice: 80 };
const UMKM_SHARE = 0.55;
const OWNER_SHARE_OF_UMKM_PARTICIPANTS = 0.35;
const JHT_SHARE = 0.3;
const PHONE_SHARE = 0.85;
const LAPSE_AFTER_MONTHS = 3;

/** Birth dates of every generated person: old enough to work when the network began. */
const BORN_FROM = dayOf("1960-01-01");
const BIRTH_DAYS = dayOf("2002-12-31") - BORN_FROM + 1;
/** A prime that does not divide BIRTH_DAYS: k ↦ k·P mod BIRTH_DAYS permutes the birth days. */
const BIRTH_STEP = 7_919;

/** The k-th NIK of a kecamatan (k from 0): a real birth date, +40 on the day for women, unique per kecamatan. */
export function nikOf(
  districtCode: string,
  districtIndex: number,
  k: number,
  sex: Sex,
): { nik: string; birthDate: string } {
  const offset = (districtIndex * 104_729) % BIRTH_DAYS;
  const day = BORN_FROM + (((((k % BIRTH_DAYS) * BIRTH_STEP) % BIRTH_DAYS) + offset) % BIRTH_DAYS);
  const serial = Math.floor(k / BIRTH_DAYS) + 1;
  if (serial > 9_999) throw new Error(`Kecamatan ${districtCode} has more people than NIK serials`);
  const birthDate = dateOfDay(day);
  return { nik: composeNik(districtCode, birthDate, sex, serial), birthDate };
}

/** A PRNG for one row: the same id always gives the same stream. */
function rowRandom(seed: number, id: number): Random {
  return new Random((seed ^ Math.imul(id, 0x9e3779b1)) >>> 0);
}

/** A name in the forms the demo uses; the first word is what people are called by. */
function nameOf(rng: Random, sex: Sex): { name: string; firstName: string } {
  const name = personName(rng, sex);
  return { name, firstName: name.split(" ")[0] };
}

export function generateNational(options: NationalOptions = {}): NationalDataSet {
  const seed = options.seed ?? DEFAULT_SEED;
  const today = options.today ?? jakartaToday();
  const size = { ...NATIONAL_SIZE, ...options.size };
  const rngFor = (stream: string): Random => new Random(streamSeed(seed, `national-${stream}`));
  const demoRng = (stream: string): Random => new Random(streamSeed(seed, stream));
  const geography = new Geography();
  const regions = loadRegions();

  // The demo's network skeleton, drawn from the same streams: pioneer, branches, MoUs, province offices.
  const bpjs = buildBpjsOffices(geography, demoRng("bpjs-offices"));
  const chapters = buildChapters(geography, demoRng("chapters"));
  const mous = buildMous(geography, bpjs, chapters, today, demoRng("mous"));
  const perisai = buildPerisaiOffices(geography, bpjs, chapters, mous, demoRng("perisai-offices"));

  // A chapter for every regency without one (the demo has the seat cities and Batam).
  const chapterRng = rngFor("chapters");
  const chapterRecords: ChapterRecord[] = [...chapters.records];
  const chapterByRegency = new Map<string, ChapterRecord>();
  for (const chapter of chapters.byCity.values()) chapterByRegency.set(chapter.regionCode!, chapter);
  for (const regency of regions.regencies) {
    if (chapterByRegency.has(regency.code)) continue;
    const parent = chapters.byProvince.get(regency.parentCode!)!;
    const chapter: ChapterRecord = {
      id: chapterRecords.length + 1,
      parentId: parent.id,
      level: "REGENCY",
      name: `${OKOCE_BRAND} ${geography.shortName(regency.code)}`,
      brand: OKOCE_BRAND,
      regionCode: regency.code,
      coordinatorName: personName(chapterRng, chapterRng.chance(0.65) ? "MALE" : "FEMALE"),
      coordinatorPhone: mobilePhone(chapterRng),
      foundedOn: randomDate(chapterRng, addDays(parent.foundedOn, 30), "2020-12-31"),
    };
    chapterRecords.push(chapter);
    chapterByRegency.set(regency.code, chapter);
  }

  // UMKM: Batam at its real size, the rest over every other kecamatan; cities (kota) are denser.
  const districts = geography.districts;
  const districtIndex = new Map(districts.map((district, index) => [district.code, index]));
  const umkmRng = rngFor("umkm-counts");
  const batamCounts = apportion(BATAM_UMKM_COUNT, Object.values(BATAM_DISTRICT_WEIGHTS));
  const batamCountOf = new Map(Object.keys(BATAM_DISTRICT_WEIGHTS).map((code, index) => [code, batamCounts[index]]));
  const others = districts.filter((district) => !batamCountOf.has(district.code));
  const otherCounts = apportion(
    Math.max(0, size.umkms - BATAM_UMKM_COUNT),
    others.map((district) => (/^\d\d\.7\d/.test(district.code) ? 3 : 1) * (0.4 + 1.2 * umkmRng.next())),
  );
  const umkmCount = new Int32Array(districts.length);
  others.forEach((district, index) => (umkmCount[districtIndex.get(district.code)!] = otherCounts[index]));
  for (const [code, count] of batamCountOf) umkmCount[districtIndex.get(code)!] = count;
  const umkmFirst = new Int32Array(districts.length + 1);
  umkmFirst[0] = 1;
  for (let index = 0; index < districts.length; index += 1) umkmFirst[index + 1] = umkmFirst[index] + umkmCount[index];
  const totalUmkms = umkmFirst[districts.length] - 1;

  const chapterOfDistrict = (districtCode: string): ChapterRecord =>
    chapters.byBatamDistrict.get(districtCode) ?? chapterByRegency.get(districtCode.slice(0, 5))!;

  const umkmSeed = streamSeed(seed, "national-umkm");
  /** The cheap first draws of a UMKM (class, street vendor, workers), shared with umkm(). */
  const umkmCore = (rng: Random) => {
    const umkmClass = rng.weighted(CLASSES, CLASS_WEIGHTS);
    const streetVendor = umkmClass === "MIKRO" && rng.chance(STREET_VENDOR_SHARE_OF_MIKRO);
    const workers = streetVendor
      ? rng.skewedInt(1, 2, 2)
      : umkmClass === "MIKRO"
        ? rng.skewedInt(1, 4, 2)
        : umkmClass === "KECIL"
          ? rng.int(5, 14)
          : rng.int(15, 20);
    return { umkmClass, streetVendor, workers };
  };
  const umkmWorkers = (id: number): number => umkmCore(rowRandom(umkmSeed, id)).workers;
  const umkm = (id: number, district: number): UmkmRecord => {
    const rng = rowRandom(umkmSeed, id);
    const { umkmClass, streetVendor, workers } = umkmCore(rng);
    const districtCode = districts[district].code;
    const sector = streetVendor
      ? rng.weighted(VENDOR_SECTORS, VENDOR_SECTOR_WEIGHTS)
      : rng.weighted(SECTORS, BATAM_HINTERLAND.has(districtCode) ? HINTERLAND_SECTOR_WEIGHTS : MAINLAND_SECTOR_WEIGHTS);
    const sex: Sex = rng.chance(0.5) ? "FEMALE" : "MALE";
    const owner = nameOf(rng, sex);
    const { nik } = nikOf(districtCode, district, id - umkmFirst[district], sex);
    const villages = geography.villagesOf(districtCode);
    const chapter = chapterOfDistrict(districtCode);
    const patterns = (streetVendor ? STREET_VENDOR_PATTERNS[sector] : undefined) ?? BUSINESS_PATTERNS[sector];
    const honorific = sex === "MALE" ? rng.pick(["Pak", "Bang"]) : rng.pick(["Bu", "Kak"]);
    return {
      id,
      businessName: rng
        .pick(patterns)
        .replace("{owner}", `${honorific} ${owner.firstName}`)
        .replace("{name}", owner.firstName)
        .replace("{word}", rng.pick(BUSINESS_WORDS)),
      ownerName: owner.name,
      ownerNik: nik,
      phone: rng.chance(0.85) ? mobilePhone(rng) : null,
      umkmClass,
      sector,
      streetVendor,
      districtCode,
      villageCode: villages.length > 0 ? rng.pick(villages).code : null,
      workers,
      joinedOn: randomDate(rng, chapter.foundedOn, today),
      stage: rng.weighted(STAGES, STAGE_WEIGHTS),
      chapterId: chapter.id,
    };
  };

  // Offices: the demo's 80, a city office in every other regency, then kecamatan offices in the largest
  // kecamatan until the network has `size.offices` offices.
  const officeRng = rngFor("offices");
  const offices: PerisaiOfficeRecord[] = [...perisai.records];
  const recruiting: RecruitingOffice[] = [...perisai.recruiting];
  const provinceOfficeOf = new Map(
    offices
      .filter((office) => office.regionCode.length === 2 && office.parentId !== null)
      .map((o) => [o.regionCode, o]),
  );
  const cityOfficeOf = new Map<string, PerisaiOfficeRecord>();
  for (const entry of recruiting)
    if (entry.office.regionCode.length === 5) cityOfficeOf.set(entry.regencyCode, entry.office);
  for (const regency of regions.regencies) {
    if (cityOfficeOf.has(regency.code) || offices.length >= size.offices) continue;
    const parent = provinceOfficeOf.get(regency.parentCode!)!;
    const office: PerisaiOfficeRecord = {
      id: offices.length + 1,
      parentId: parent.id,
      name: `${NAME_PREFIX} ${geography.shortName(regency.code)}`,
      regionCode: regency.code,
      hostChapterId: chapterByRegency.get(regency.code)!.id,
      supervisingBranchId: parent.supervisingBranchId,
      mouId: parent.mouId,
      status: officeRng.chance(0.08) ? "UNDER_REVIEW" : "ACTIVE",
      monthlyTarget: officeRng.int(5, 15),
      establishedOn: addDays(parent.establishedOn, officeRng.int(10, 400)),
      pioneer: false,
      address: streetAddress(officeRng, geography.shortName(regency.code)),
    };
    offices.push(office);
    cityOfficeOf.set(regency.code, office);
    recruiting.push({
      office,
      regencyCode: regency.code,
      districtCodes: geography.districtsOf(regency.code).map((district) => district.code),
    });
  }
  const byDensity = others
    .map((district) => ({ district, count: umkmCount[districtIndex.get(district.code)!] }))
    .sort((a, b) => b.count - a.count || (a.district.code < b.district.code ? -1 : 1));
  for (const { district } of byDensity) {
    if (offices.length >= size.offices) break;
    const regencyCode = district.code.slice(0, 5);
    const parent = cityOfficeOf.get(regencyCode);
    if (!parent) continue;
    const office: PerisaiOfficeRecord = {
      id: offices.length + 1,
      parentId: parent.id,
      name: `${NAME_PREFIX} Kecamatan ${district.name}, ${geography.shortName(regencyCode)}`,
      regionCode: district.code,
      hostChapterId: parent.hostChapterId,
      supervisingBranchId: parent.supervisingBranchId,
      mouId: parent.mouId,
      status: "ACTIVE",
      monthlyTarget: officeRng.int(3, 8),
      establishedOn: addDays(parent.establishedOn, officeRng.int(30, 500)),
      pioneer: false,
      address: streetAddress(officeRng, district.name),
    };
    offices.push(office);
    recruiting.push({ office, regencyCode, districtCodes: [district.code] });
  }

  // Agents: Batam as in the demo, the rest apportioned by the UMKM the office serves.
  const agentRng = rngFor("agents");
  const umkmsServed = (entry: RecruitingOffice) =>
    entry.districtCodes.reduce((sum, code) => sum + umkmCount[districtIndex.get(code)!], 0);
  const batamOffices = recruiting.filter((entry) => entry.regencyCode === BATAM);
  const elsewhere = recruiting.filter((entry) => entry.regencyCode !== BATAM);
  const batamAgents = batamOffices.reduce(
    (sum, e) => sum + (e.office.pioneer ? BATAM_AGENTS.pioneer : BATAM_AGENTS.subOffice),
    0,
  );
  const agentCounts = apportion(
    Math.max(0, size.agents - batamAgents),
    elsewhere.map((entry) => Math.sqrt(umkmsServed(entry)) + 1),
  );
  const countOf = new Map<RecruitingOffice, number>(elsewhere.map((entry, index) => [entry, agentCounts[index]]));
  for (const entry of batamOffices)
    countOf.set(entry, entry.office.pioneer ? BATAM_AGENTS.pioneer : BATAM_AGENTS.subOffice);
  const usedOwners = new Set<number>();
  interface AgentDraft {
    regencyCode: string;
    fields: Omit<AgentRecord, "id" | "agentNumber">;
    windows: ActiveWindow[];
  }
  const draftsByRegency = new Map<string, AgentDraft[]>();
  for (const entry of recruiting) {
    const count = countOf.get(entry) ?? 0;
    const ranges = entry.districtCodes.map((code) => districtIndex.get(code)!).filter((index) => umkmCount[index] > 0);
    if (ranges.length === 0) continue;
    const earliest =
      addDays(entry.office.establishedOn, 3) < FIRST_APPOINTMENT_ON
        ? FIRST_APPOINTMENT_ON
        : addDays(entry.office.establishedOn, 3);
    const drafts = draftsByRegency.get(entry.regencyCode) ?? [];
    for (let index = 0; index < count; index += 1) {
      const { history, windows } = buildCareer(agentRng, earliest, today);
      const district = agentRng.weighted(
        ranges,
        ranges.map((r) => umkmCount[r]),
      );
      let ownerId = 0;
      for (let attempt = 0; attempt < 1_000 && (ownerId === 0 || usedOwners.has(ownerId)); attempt += 1) {
        ownerId = umkmFirst[district] + agentRng.int(0, umkmCount[district] - 1);
      }
      if (usedOwners.has(ownerId)) continue;
      usedOwners.add(ownerId);
      const owner = umkm(ownerId, district);
      const homeDistrict = owner.districtCode;
      const otherDistricts = agentRng.shuffle(entry.districtCodes.filter((code) => code !== homeDistrict));
      const extra = agentRng.weighted([0, 1, 2], [55, 30, 15]);
      drafts.push({
        regencyCode: entry.regencyCode,
        windows,
        fields: {
          name: owner.ownerName,
          nik: owner.ownerNik,
          phone: owner.phone ?? mobilePhone(agentRng),
          umkmId: owner.id,
          officeId: entry.office.id,
          territory: [homeDistrict, ...otherDistricts.slice(0, extra)].sort(),
          status: history[history.length - 1].status,
          appointedOn: history[0].on,
          history,
        },
      });
    }
    draftsByRegency.set(entry.regencyCode, drafts);
  }
  const agents: AgentRecord[] = [];
  const agentWindows: ActiveWindow[][] = [];
  for (const [regencyCode, drafts] of draftsByRegency) {
    drafts.sort((a, b) =>
      a.fields.appointedOn < b.fields.appointedOn ? -1 : a.fields.appointedOn > b.fields.appointedOn ? 1 : 0,
    );
    drafts.forEach((draft, index) => {
      const agentNumber = `AP-${regencyCode.replace(".", "")}-${String(index + 1).padStart(5, "0")}`;
      agents.push({ id: agents.length + 1, agentNumber, ...draft.fields });
      agentWindows.push(draft.windows);
    });
  }

  // Participants: registered between 14 and 11 months before the last due month, so each has paid the
  // `monthsPaid` months from the registration month; those registered earliest have lapsed since.
  const lastDueMonth = monthIndexOf(today) - 1;
  const bandFrom = firstDayOfMonth(lastDueMonth - size.monthsPaid - 2);
  const bandTo = firstDayOfMonth(lastDueMonth - size.monthsPaid + 2) - 1;
  const inBand = (windows: ActiveWindow[]): ActiveWindow[] =>
    windows
      .map((window) => ({ from: Math.max(window.from, bandFrom), to: Math.min(window.to, bandTo) }))
      .filter((window) => window.from <= window.to);
  const recruitRng = rngFor("recruiters");
  const bandWindows = agentWindows.map(inBand);
  const recruiters = new WeightedTable(
    agents.map((_agent, index) => index),
    bandWindows.map(
      (windows) => windows.reduce((sum, w) => sum + w.to - w.from + 1, 0) * (0.2 + 2 * recruitRng.next() ** 2),
    ),
  );
  const count = recruiters.isEmpty ? 0 : size.participants;
  const pAgent = new Int32Array(count);
  const pDay = new Int32Array(count);
  const pDistrict = new Int32Array(count);
  const pUmkm = new Int32Array(count);
  const pOwner = new Uint8Array(count);
  const pWorkerK = new Int32Array(count);
  const enrolled = new Uint8Array(totalUmkms + 1);
  const ownerEnrolled = new Uint8Array(totalUmkms + 1);
  const workersSoFar = new Int32Array(districts.length);
  const drawRng = rngFor("participants");
  for (let index = 0; index < count; index += 1) {
    const agentIndex = recruiters.pick(drawRng);
    pAgent[index] = agentIndex;
    const windows = bandWindows[agentIndex];
    let offset = drawRng.int(0, windows.reduce((sum, w) => sum + w.to - w.from + 1, 0) - 1);
    for (const window of windows) {
      const length = window.to - window.from + 1;
      if (offset < length) {
        pDay[index] = window.from + offset;
        break;
      }
      offset -= length;
    }
    const district = districtIndex.get(drawRng.pick(agents[agentIndex].territory))!;
    pDistrict[index] = district;
    if (umkmCount[district] > 0 && drawRng.chance(UMKM_SHARE)) {
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const id = umkmFirst[district] + drawRng.int(0, umkmCount[district] - 1);
        if (enrolled[id] < umkmWorkers(id)) {
          enrolled[id] += 1;
          pUmkm[index] = id;
          break;
        }
      }
    }
    const umkmId = pUmkm[index];
    if (umkmId && !ownerEnrolled[umkmId] && drawRng.chance(OWNER_SHARE_OF_UMKM_PARTICIPANTS)) {
      ownerEnrolled[umkmId] = 1;
      pOwner[index] = 1;
    } else {
      pWorkerK[index] = umkmCount[district] + workersSoFar[district];
      workersSoFar[district] += 1;
    }
  }
  // Ids grow with the registration day; ties keep the drawing order, so the order is deterministic.
  const order = new Uint32Array(count).map((_value, index) => index);
  order.sort((a, b) => pDay[a] - pDay[b] || a - b);

  const participantSeed = streamSeed(seed, "national-participant");
  const todayDay = dayOf(today);
  const currentMonth = monthIndexOf(today);
  const participantAt = (position: number): { record: ParticipantRecord; lastPaidMonth: number } => {
    const index = order[position];
    const id = position + 1;
    const rng = rowRandom(participantSeed, index);
    const agent = agents[pAgent[index]];
    const district = pDistrict[index];
    const districtCode = districts[district].code;
    const registeredOn = dateOfDay(pDay[index]);
    let identity: { name: string; nik: string; sex: Sex; birthDate: string; phone: string | null };
    if (pOwner[index]) {
      const owner = umkm(pUmkm[index], districtIndex.get(districtCode)!);
      const parsed = parseNik(owner.ownerNik);
      if (!parsed.ok) throw new Error(`Generated an invalid NIK for UMKM ${owner.id}: ${parsed.reason}`);
      const { sex, birthDate } = parsed.value;
      identity = { name: owner.ownerName, nik: owner.ownerNik, sex, birthDate, phone: owner.phone };
    } else {
      const sex: Sex = rng.chance(0.5) ? "FEMALE" : "MALE";
      const { nik, birthDate } = nikOf(districtCode, district, pWorkerK[index], sex);
      identity = {
        name: nameOf(rng, sex).name,
        nik,
        sex,
        birthDate,
        phone: rng.chance(PHONE_SHARE) ? mobilePhone(rng) : null,
      };
    }
    const firstMonth = monthIndexOf(registeredOn);
    const lastPaidMonth = firstMonth + size.monthsPaid - 1;
    const scrambled = (id * 7_919 + 104_729) % 1_000_000_000;
    return {
      lastPaidMonth,
      record: {
        id,
        nik: identity.nik,
        kpjNumber: `${registeredOn.slice(2, 4)}${String(scrambled).padStart(9, "0")}`,
        name: identity.name,
        birthDate: identity.birthDate,
        sex: identity.sex,
        phone: identity.phone,
        declaredIncome: 1_000_000 + 100_000 * rng.skewedInt(0, 40, 3),
        programs: rng.chance(JHT_SHARE) ? ["JKK", "JKM", "JHT"] : ["JKK", "JKM"],
        districtCode,
        umkmId: pUmkm[index] || null,
        agentId: agent.id,
        officeId: agent.officeId,
        status: currentMonth - (lastPaidMonth + 1) >= LAPSE_AFTER_MONTHS ? "LAPSED" : "ACTIVE",
        registeredOn,
      },
    };
  };

  const contributionSeed = streamSeed(seed, "national-contributions");
  return {
    size: { ...size, umkms: totalUmkms, participants: count, agents: agents.length, offices: offices.length },
    chapters: chapterRecords,
    bpjsOffices: bpjs.records,
    mous: mous.records,
    perisaiOffices: offices,
    agents,
    regionTargets: [BATAM_TARGET],
    umkmCountByDistrict: new Map(districts.map((district, index) => [district.code, umkmCount[index]])),
    *umkms() {
      for (let district = 0; district < districts.length; district += 1) {
        for (let id = umkmFirst[district]; id < umkmFirst[district + 1]; id += 1) yield umkm(id, district);
      }
    },
    *participants() {
      for (let position = 0; position < count; position += 1) yield participantAt(position).record;
    },
    *contributions() {
      const amounts = new Map<number, ContributionAmounts>();
      let id = 0;
      for (let position = 0; position < count; position += 1) {
        const { record, lastPaidMonth } = participantAt(position);
        const rng = rowRandom(contributionSeed, record.id);
        const firstMonth = monthIndexOf(record.registeredOn);
        const withJht = record.programs.length === 3;
        for (let month = firstMonth; month <= lastPaidMonth; month += 1) {
          const key = (month * 1_000 + record.declaredIncome / 100_000) * 2 + (withJht ? 1 : 0);
          let amount = amounts.get(key);
          if (!amount) {
            amount = computeContribution(
              INITIAL_RATES,
              record.declaredIncome,
              record.programs,
              `${periodOfMonth(month)}-01`,
            );
            amounts.set(key, amount);
          }
          const period = periodOfMonth(month);
          const paidDay = Math.min(firstDayOfMonth(month) + rng.int(0, daysInMonth(month) + 14), todayDay);
          id += 1;
          const row: NationalContribution = {
            id,
            participantId: record.id,
            period,
            jkk: amount.jkk,
            jkm: amount.jkm,
            jht: amount.jht,
            paidOn: month === firstMonth ? record.registeredOn : dateOfDay(paidDay),
            clientKey: `seed-${record.id}-${period}`,
            agentId: record.agentId,
            officeId: record.officeId,
          };
          yield row;
        }
      }
    },
  };
}
