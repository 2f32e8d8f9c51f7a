import { describe, expect, it } from "vitest";
import { parseNik } from "../../shared/validation/nik";
import { normalisePhone } from "../../shared/validation/phone";
import { BATAM_UMKM_COUNT, PIONEER_OFFICE_NAME } from "../demo/pioneer";
import { generateNational, nikOf } from "./generate";

const TODAY = "2026-06-30";
/** A small slice of the national set: the same generator, fewer rows (Batam keeps its real size). */
const SIZE = { umkms: 110_000, participants: 12_000, agents: 700, offices: 200 };
const data = generateNational({ today: TODAY, size: SIZE });

function take<T>(rows: Iterable<T>, count: number): T[] {
  const taken: T[] = [];
  for (const row of rows) {
    taken.push(row);
    if (taken.length === count) break;
  }
  return taken;
}

function all<T>(rows: Iterable<T>): T[] {
  return [...rows];
}

describe("generateNational", () => {
  const umkms = all(data.umkms());
  const participants = all(data.participants());

  it(
    "is deterministic: the same seed gives the same rows on every pass, another seed other rows",
    { timeout: 30_000 },
    () => {
      const again = generateNational({ today: TODAY, size: SIZE });
      for (const key of ["chapters", "bpjsOffices", "mous", "perisaiOffices", "agents"] as const) {
        expect(again[key]).toEqual(data[key]);
      }
      expect(take(again.umkms(), 2_000)).toEqual(umkms.slice(0, 2_000));
      expect(take(again.participants(), 2_000)).toEqual(participants.slice(0, 2_000));
      expect(take(again.contributions(), 5_000)).toEqual(take(data.contributions(), 5_000));
      const other = generateNational({ seed: 7, today: TODAY, size: SIZE });
      expect(take(other.participants(), 100)).not.toEqual(participants.slice(0, 100));
    },
  );

  it(
    "has the requested counts, 12 contributions per participant, and UMKM in every province",
    { timeout: 30_000 },
    () => {
      expect(umkms).toHaveLength(SIZE.umkms);
      expect(umkms.map((umkm) => umkm.id)).toEqual(umkms.map((_umkm, index) => index + 1));
      expect(participants).toHaveLength(SIZE.participants);
      expect(data.agents).toHaveLength(SIZE.agents);
      expect(data.perisaiOffices).toHaveLength(SIZE.offices);
      let contributions = 0;
      const perParticipant = new Map<number, number>();
      for (const row of data.contributions()) {
        contributions += 1;
        perParticipant.set(row.participantId, (perParticipant.get(row.participantId) ?? 0) + 1);
      }
      expect(contributions).toBe(12 * SIZE.participants);
      expect(new Set(perParticipant.values())).toEqual(new Set([12]));
      const provinces = new Set(umkms.map((umkm) => umkm.districtCode.slice(0, 2)));
      expect(provinces.size).toBe(38);
    },
  );

  it("builds a national office, an office per province and city offices below them", () => {
    const offices = data.perisaiOffices;
    const national = offices.filter((office) => office.parentId === null);
    expect(national).toHaveLength(1);
    const provinceOffices = offices.filter((office) => office.parentId === national[0].id);
    expect(new Set(provinceOffices.map((office) => office.regionCode))).toHaveProperty("size", 38);
    const byId = new Map(offices.map((office) => [office.id, office]));
    for (const office of offices.filter((candidate) => candidate.regionCode.length > 2)) {
      const parent = byId.get(office.parentId!)!;
      expect(office.regionCode.startsWith(parent.regionCode)).toBe(true);
    }
    // Every agent works for an office that exists, in kecamatan of that office's city.
    for (const agent of data.agents) {
      const office = byId.get(agent.officeId)!;
      expect(agent.territory.every((code) => code.startsWith(office.regionCode.slice(0, 5)))).toBe(true);
    }
  });

  it("keeps the pioneer: the Batam office, its MoU and 81,486 UMKM in Batam, the official target", () => {
    const pioneer = data.perisaiOffices.find((office) => office.pioneer)!;
    expect(pioneer.name).toBe(PIONEER_OFFICE_NAME);
    expect(pioneer.regionCode).toBe("21.71");
    expect(data.mous.find((mou) => mou.id === pioneer.mouId)?.signedOn).toBe("2020-07-09");
    expect(umkms.filter((umkm) => umkm.districtCode.startsWith("21.71.")).length).toBe(BATAM_UMKM_COUNT);
    expect(data.regionTargets).toEqual([expect.objectContaining({ regionCode: "21.71", umkmTarget: 81_486 })]);
    expect(data.agents.find((agent) => agent.agentNumber === "AP-2171-00001")?.officeId).toBeDefined();
  });

  it("gives every person a valid, unique NIK of their kecamatan and normalised phones", { timeout: 30_000 }, () => {
    const asOf = new Date(`${TODAY}T00:00:00Z`);
    const problems: string[] = [];
    const owners = new Set<string>();
    for (const umkm of umkms) {
      const parsed = parseNik(umkm.ownerNik, asOf);
      if (!parsed.ok || parsed.value.districtCode !== umkm.districtCode)
        problems.push(`UMKM ${umkm.id}: ${umkm.ownerNik}`);
      if (umkm.phone && normalisePhone(umkm.phone) !== umkm.phone) problems.push(`UMKM ${umkm.id} phone ${umkm.phone}`);
      owners.add(umkm.ownerNik);
    }
    expect(owners.size).toBe(umkms.length);
    const seen = new Set<string>();
    const ownerNikOf = new Map(umkms.map((umkm) => [umkm.id, umkm.ownerNik]));
    for (const participant of participants) {
      const parsed = parseNik(participant.nik, asOf);
      const matches =
        parsed.ok &&
        parsed.value.districtCode === participant.nik.slice(0, 6).replace(/(..)(..)(..)/, "$1.$2.$3") &&
        parsed.value.sex === participant.sex &&
        parsed.value.birthDate === participant.birthDate;
      if (!matches) problems.push(`participant ${participant.id}: ${participant.nik}`);
      if (seen.has(participant.nik)) problems.push(`participant ${participant.id}: NIK used twice`);
      seen.add(participant.nik);
      // The owner of their UMKM (same NIK), or a worker whose NIK belongs to no UMKM owner.
      const isOwner = participant.umkmId !== null && ownerNikOf.get(participant.umkmId) === participant.nik;
      if (!isOwner && owners.has(participant.nik)) problems.push(`participant ${participant.id}: an owner's NIK`);
      if (participant.phone && normalisePhone(participant.phone) !== participant.phone) {
        problems.push(`participant ${participant.id} phone ${participant.phone}`);
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
    expect(new Set(data.agents.map((agent) => agent.nik)).size).toBe(data.agents.length);
  });

  it("maps the k-th person of a kecamatan to distinct NIKs", () => {
    const niks = new Set<string>();
    for (let k = 0; k < 40_000; k += 1) niks.add(nikOf("21.71.06", 42, k, k % 2 ? "FEMALE" : "MALE").nik);
    expect(niks.size).toBe(40_000);
  });
});
