import { type ActiveWindow, buildCareer } from "./agent-history";
import { addDays, compareDates, maxDate } from "./dates";
import { BATAM } from "./geography";
import type { AgentRecord, UmkmRecord } from "./model";
import { mobilePhone } from "./people";
import type { RecruitingOffice } from "./perisai-offices";
import { FIRST_APPOINTMENT_ON } from "./pioneer";
import type { Random } from "./random";
import type { UmkmRegistry } from "./umkms";

export interface AgentPool {
  records: AgentRecord[];
  /** The days each agent (by index in records) could recruit. */
  windows: ActiveWindow[][];
  /** Indexes in records of the agents of each regency: Kota Batam and the seat city of every other province. */
  byRegency: Map<string, number[]>;
}

interface AgentContext {
  umkms: UmkmRegistry;
  today: string;
  rng: Random;
}

/** Agents take a few days after their office opens to be proposed. */
const FIRST_APPOINTMENT_AFTER_OPENING_DAYS = 3;
/** Tries to find an owner who had joined OK OCE before the appointment, before settling for any owner. */
const OWNER_TRIES = 200;

interface Draft {
  regencyCode: string;
  fields: Omit<AgentRecord, "id" | "agentNumber">;
  windows: ActiveWindow[];
}

/**
 * About 400 agents in Batam (the pioneer 160, each sub-office 80) and 8–25 in every other province.
 * Within a regency, ids and agent numbers follow the order of appointment.
 */
export function buildAgents(context: AgentContext, offices: RecruitingOffice[]): AgentPool {
  const usedUmkmIds = new Set<number>();
  const byRegency = new Map<string, Draft[]>();
  for (const recruiting of offices) {
    const count = recruiting.office.pioneer ? 160 : recruiting.regencyCode === BATAM ? 80 : context.rng.int(8, 25);
    const drafts = byRegency.get(recruiting.regencyCode) ?? [];
    for (let index = 0; index < count; index += 1) drafts.push(newDraft(context, recruiting, usedUmkmIds));
    byRegency.set(recruiting.regencyCode, drafts);
  }
  const pool: AgentPool = { records: [], windows: [], byRegency: new Map() };
  for (const [regencyCode, drafts] of byRegency) {
    drafts.sort((a, b) => compareDates(a.fields.appointedOn, b.fields.appointedOn));
    pool.byRegency.set(
      regencyCode,
      drafts.map((draft, index) => {
        const agentNumber = `AP-${regencyCode.replace(".", "")}-${String(index + 1).padStart(5, "0")}`;
        pool.records.push({ id: pool.records.length + 1, agentNumber, ...draft.fields });
        pool.windows.push(draft.windows);
        return pool.records.length - 1;
      }),
    );
  }
  return pool;
}

function newDraft(context: AgentContext, recruiting: RecruitingOffice, usedUmkmIds: Set<number>): Draft {
  const { rng } = context;
  const earliest = maxDate(
    FIRST_APPOINTMENT_ON,
    addDays(recruiting.office.establishedOn, FIRST_APPOINTMENT_AFTER_OPENING_DAYS),
  );
  const { history, windows } = buildCareer(rng, earliest, context.today);
  const appointedOn = history[0].on;
  const umkm = pickOwnUmkm(context, recruiting.districtCodes, appointedOn, usedUmkmIds);
  usedUmkmIds.add(umkm.id);
  const fields: Draft["fields"] = {
    // Agents are OK OCE-fostered UMKM owners (DESIGN.md §1).
    name: umkm.ownerName,
    nik: umkm.ownerNik,
    phone: umkm.phone ?? mobilePhone(rng),
    umkmId: umkm.id,
    officeId: recruiting.office.id,
    territory: territoryOf(rng, umkm.districtCode, recruiting.districtCodes),
    status: history[history.length - 1].status,
    appointedOn,
    history,
  };
  return { regencyCode: recruiting.regencyCode, fields, windows };
}

/** A UMKM of the office's kecamatan, not yet an agent's, preferably fostered before the appointment. */
function pickOwnUmkm(
  context: AgentContext,
  districtCodes: string[],
  appointedOn: string,
  used: Set<number>,
): UmkmRecord {
  const { rng, umkms } = context;
  const ranges = districtCodes.flatMap((code) => umkms.rangeByDistrict.get(code) ?? []);
  const weights = ranges.map((range) => range.count);
  for (let attempt = 0; ; attempt += 1) {
    const range = rng.weighted(ranges, weights);
    const umkm = umkms.records[range.first - 1 + rng.int(0, range.count - 1)];
    if (!used.has(umkm.id) && (umkm.joinedOn <= appointedOn || attempt >= OWNER_TRIES)) return umkm;
  }
}

/** The kecamatan of the agent's own business, and up to two more the office serves. */
function territoryOf(rng: Random, homeDistrict: string, officeDistricts: string[]): string[] {
  const others = rng.shuffle(officeDistricts.filter((code) => code !== homeDistrict));
  const extra = rng.weighted([0, 1, 2], [55, 30, 15]);
  return [homeDistrict, ...others.slice(0, extra)].sort();
}
