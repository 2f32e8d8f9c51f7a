import { parseNik } from "../../shared/validation/nik";
import type { ActiveWindow } from "./agent-history";
import type { AgentPool } from "./agents";
import { compareDates, dateOfDay, monthIndexOf } from "./dates";
import { BATAM, type Geography } from "./geography";
import type { ParticipantRecord, Sex, UmkmRecord } from "./model";
import { mobilePhone, newPerson, type NikRegistry } from "./people";
import { type Random, WeightedTable } from "./random";
import type { UmkmRegistry } from "./umkms";

export interface ParticipantRoll {
  /** Ordered by registration date, so ids grow with time. */
  records: ParticipantRecord[];
  /** The month index of the last period each participant (by index in records) paid. */
  lastPaidMonth: Int32Array;
}

interface ParticipantContext {
  geography: Geography;
  umkms: UmkmRegistry;
  agents: AgentPool;
  niks: NikRegistry;
  today: string;
  rng: Random;
}

interface Draft {
  record: ParticipantRecord;
  lastPaidMonth: number;
}

interface Identity {
  name: string;
  nik: string;
  sex: Sex;
  birthDate: string;
  phone: string | null;
}

const BATAM_PARTICIPANTS = 25_000;
const MIN_PARTICIPANTS_ELSEWHERE = 200;
const MAX_PARTICIPANTS_ELSEWHERE = 340;
/** Share of participants who work in a registered UMKM of their kecamatan (the rest are other informal workers). */
const UMKM_SHARE = { batam: 0.7, elsewhere: 0.5 };
/** Batam is a city of migrants: many NIKs were issued where people came from. */
const LOCAL_NIK_SHARE = { batam: 0.7, elsewhere: 0.85 };
const OWNER_SHARE_OF_UMKM_PARTICIPANTS = 0.35;
const JHT_SHARE = 0.3;
const PHONE_SHARE = 0.85;
const STOP_PAYING_SHARE = 0.18;
/** A participant who has not paid for this many months has lapsed. */
const LAPSE_AFTER_MONTHS = 3;
const MINIMUM_WORKING_AGE = 17;

/** About 25,000 participants in Batam and 200–340 per other province, each recruited by an active agent. */
export function buildParticipants(context: ParticipantContext): ParticipantRoll {
  const enrolment = new UmkmEnrolment(context.umkms.records.length);
  const drafts: Draft[] = [];
  for (const [regencyCode, agentIndexes] of context.agents.byRegency) {
    const count =
      regencyCode === BATAM
        ? BATAM_PARTICIPANTS
        : context.rng.int(MIN_PARTICIPANTS_ELSEWHERE, MAX_PARTICIPANTS_ELSEWHERE);
    const recruiters = recruiterTable(context, agentIndexes);
    if (recruiters.isEmpty) continue;
    for (let index = 0; index < count; index += 1) {
      drafts.push(newDraft(context, recruiters.pick(context.rng), regencyCode === BATAM, enrolment));
    }
  }
  // Array.prototype.sort is stable, so equal dates keep the generation order and the result is deterministic.
  drafts.sort((a, b) => compareDates(a.record.registeredOn, b.record.registeredOn));
  drafts.forEach((draft, index) => {
    draft.record.id = index + 1;
    draft.record.kpjNumber = kpjNumber(draft.record);
  });
  return {
    records: drafts.map((draft) => draft.record),
    lastPaidMonth: Int32Array.from(drafts, (draft) => draft.lastPaidMonth),
  };
}

/** Agents recruit in proportion to the days they were active and to how hard they work at it. */
function recruiterTable(context: ParticipantContext, agentIndexes: number[]): WeightedTable<number> {
  const { rng, agents } = context;
  const weights = agentIndexes.map((index) => activeDays(agents.windows[index]) * (0.2 + 2 * rng.next() ** 2));
  return new WeightedTable(agentIndexes, weights);
}

function newDraft(context: ParticipantContext, agentIndex: number, inBatam: boolean, enrolment: UmkmEnrolment): Draft {
  const { rng, agents, today } = context;
  const agent = agents.records[agentIndex];
  const registeredOn = dateOfDay(dayInWindows(rng, agents.windows[agentIndex]));
  const districtCode = rng.pick(agent.territory);
  const umkm = rng.chance(inBatam ? UMKM_SHARE.batam : UMKM_SHARE.elsewhere)
    ? enrolment.workplaceIn(rng, context.umkms, districtCode)
    : null;
  const identity =
    umkm && enrolment.canEnrolOwner(umkm) && rng.chance(OWNER_SHARE_OF_UMKM_PARTICIPANTS)
      ? enrolment.enrolOwner(umkm)
      : newWorker(context, districtCode, registeredOn, inBatam);
  const lastPaidMonth = lastPaidMonthOf(rng, registeredOn, today);
  const record: ParticipantRecord = {
    id: 0,
    nik: identity.nik,
    kpjNumber: "",
    name: identity.name,
    birthDate: identity.birthDate,
    sex: identity.sex,
    phone: identity.phone,
    declaredIncome: 1_000_000 + 100_000 * rng.skewedInt(0, 40, 3),
    programs: rng.chance(JHT_SHARE) ? ["JKK", "JKM", "JHT"] : ["JKK", "JKM"],
    districtCode,
    umkmId: umkm?.id ?? null,
    agentId: agent.id,
    officeId: agent.officeId,
    status: monthIndexOf(today) - (lastPaidMonth + 1) >= LAPSE_AFTER_MONTHS ? "LAPSED" : "ACTIVE",
    registeredOn,
  };
  return { record, lastPaidMonth };
}

function newWorker(
  context: ParticipantContext,
  districtCode: string,
  registeredOn: string,
  inBatam: boolean,
): Identity {
  const { rng } = context;
  const person = newPerson(rng, context.niks, {
    districtCode,
    localShare: inBatam ? LOCAL_NIK_SHARE.batam : LOCAL_NIK_SHARE.elsewhere,
    allDistricts: context.geography.districts,
    bornFrom: 1960,
    bornTo: Math.min(2004, Number(registeredOn.slice(0, 4)) - MINIMUM_WORKING_AGE),
  });
  return { ...person, phone: rng.chance(PHONE_SHARE) ? mobilePhone(rng) : null };
}

/**
 * Most participants pay every month up to last month; some stop at a random month and, three months
 * on, have lapsed. The first period is the registration month.
 */
function lastPaidMonthOf(rng: Random, registeredOn: string, today: string): number {
  const firstMonth = monthIndexOf(registeredOn);
  const lastDueMonth = monthIndexOf(today) - 1;
  if (lastDueMonth <= firstMonth || !rng.chance(STOP_PAYING_SHARE)) return Math.max(lastDueMonth, firstMonth - 1);
  return rng.int(firstMonth, lastDueMonth - 1);
}

function activeDays(windows: ActiveWindow[]): number {
  return windows.reduce((sum, window) => sum + window.to - window.from + 1, 0);
}

function dayInWindows(rng: Random, windows: ActiveWindow[]): number {
  let offset = rng.int(0, activeDays(windows) - 1);
  for (const window of windows) {
    const length = window.to - window.from + 1;
    if (offset < length) return window.from + offset;
    offset -= length;
  }
  throw new Error("offset beyond the active windows");
}

/**
 * KPJ card numbers: 11 digits, the registration year then a scrambled serial. Multiplying by a number
 * prime to 10⁹ is a bijection modulo 10⁹, so distinct ids give distinct numbers.
 */
function kpjNumber(record: ParticipantRecord): string {
  const scrambled = (record.id * 7_919 + 104_729) % 1_000_000_000;
  return `${record.registeredOn.slice(2, 4)}${String(scrambled).padStart(9, "0")}`;
}

/**
 * Who is enrolled from each UMKM: no more participants than the people working there, and the owner's
 * NIK used once at most, since a NIK identifies one participant.
 */
class UmkmEnrolment {
  private readonly enrolled: Uint8Array;
  private readonly ownerEnrolled: Uint8Array;

  constructor(umkmCount: number) {
    this.enrolled = new Uint8Array(umkmCount + 1);
    this.ownerEnrolled = new Uint8Array(umkmCount + 1);
  }

  /** A UMKM of the kecamatan with room for one more participant, taking it; null if a few tries find none. */
  workplaceIn(rng: Random, umkms: UmkmRegistry, districtCode: string): UmkmRecord | null {
    const range = umkms.rangeByDistrict.get(districtCode);
    if (!range || range.count === 0) return null;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const umkm = umkms.records[range.first - 1 + rng.int(0, range.count - 1)];
      if (this.enrolled[umkm.id] < umkm.workers) {
        this.enrolled[umkm.id] += 1;
        return umkm;
      }
    }
    return null;
  }

  canEnrolOwner(umkm: UmkmRecord): boolean {
    return this.ownerEnrolled[umkm.id] === 0;
  }

  enrolOwner(umkm: UmkmRecord): Identity {
    this.ownerEnrolled[umkm.id] = 1;
    const parsed = parseNik(umkm.ownerNik);
    if (!parsed.ok) throw new Error(`Generated an invalid NIK for UMKM ${umkm.id}: ${parsed.reason}`);
    const { sex, birthDate } = parsed.value;
    return { name: umkm.ownerName, nik: umkm.ownerNik, sex, birthDate, phone: umkm.phone };
  }
}
