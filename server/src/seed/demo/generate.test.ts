import { describe, expect, it } from "vitest";
import { parseNik } from "../../shared/validation/nik";
import { normalisePhone } from "../../shared/validation/phone";
import { computeContribution, INITIAL_RATES } from "../../subgraphs/coverage/domain/contribution-rates";
import { monthIndexOf } from "./dates";
import { generateDemo } from "./generate";
import type { ContributionRecord, DataSet } from "./model";

const TODAY = "2026-06-30";
const data = generateDemo({ today: TODAY });

function sample<T>(records: T[], every = 997): T[] {
  return records.filter((_record, index) => index % every === 0);
}

function firstContributions(dataSet: DataSet, count: number): ContributionRecord[] {
  const rows: ContributionRecord[] = [];
  for (const row of dataSet.contributions()) {
    rows.push(row);
    if (rows.length === count) break;
  }
  return rows;
}

describe("generateDemo", () => {
  it("gives the same data set for the same seed and day, and another for another seed", { timeout: 30_000 }, () => {
    const again = generateDemo({ today: TODAY });
    for (const key of ["chapters", "bpjsOffices", "mous", "perisaiOffices", "agents", "regionTargets"] as const) {
      expect(again[key]).toEqual(data[key]);
    }
    expect(sample(again.umkms)).toEqual(sample(data.umkms));
    expect(sample(again.participants)).toEqual(sample(data.participants));
    expect(firstContributions(again, 5_000)).toEqual(firstContributions(data, 5_000));
    expect(sample(generateDemo({ seed: 1, today: TODAY }).participants)).not.toEqual(sample(data.participants));
  });

  it("replays the same contributions on every pass", () => {
    expect(firstContributions(data, 20_000)).toEqual(firstContributions(data, 20_000));
  });

  it("refuses a day before the synthetic network exists", () => {
    expect(() => generateDemo({ today: "2024-12-31" })).toThrow(/on or after 2025-01-01/);
  });

  it("holds exactly Kota Batam's 81,486 UMKM across its 12 kecamatan, ids consecutive from 1", () => {
    const batam = data.umkms.filter((umkm) => umkm.districtCode.startsWith("21.71."));
    expect(batam).toHaveLength(81_486);
    expect(new Set(batam.map((umkm) => umkm.districtCode)).size).toBe(12);
    expect(batam.every((umkm) => umkm.villageCode?.startsWith(`${umkm.districtCode}.`))).toBe(true);
    expect(data.umkms.every((umkm, index) => umkm.id === index + 1)).toBe(true);
    expect(data.regionTargets).toEqual([
      {
        regionCode: "21.71",
        umkmTarget: 81_486,
        source: "Kementerian Koperasi dan UKM (data online, 2020)",
        asOf: "2020-07-09",
      },
    ]);
  });

  it("has exactly one pioneer Kantor Perisai, in Batam, under MoU 1 and Kantor Cabang Batam Nagoya", () => {
    const pioneers = data.perisaiOffices.filter((office) => office.pioneer);
    expect(pioneers).toHaveLength(1);
    const [pioneer] = pioneers;
    expect(pioneer).toMatchObject({ regionCode: "21.71", establishedOn: "2020-07-09", mouId: 1, status: "ACTIVE" });
    expect(data.bpjsOffices.find((office) => office.id === pioneer.supervisingBranchId)?.name).toBe(
      "Kantor Cabang Batam Nagoya",
    );
  });

  it("records MoU 1, signed in Batam on 9 July 2020 by Surya Rizal and Ilyas Karta", () => {
    const mou = data.mous.find((candidate) => candidate.id === 1);
    expect(mou).toMatchObject({
      signedOn: "2020-07-09",
      place: "Batam",
      bpjsSignatory: "Surya Rizal",
      okoceSignatory: "Ilyas Karta",
      umkmTarget: 81_486,
    });
    expect(data.bpjsOffices.find((office) => office.id === mou?.bpjsOfficeId)?.name).toBe("Kantor Cabang Batam Nagoya");
    expect(data.chapters.find((chapter) => chapter.id === mou?.chapterId)).toMatchObject({
      level: "NATIONAL",
      name: "OK OCE Progresif",
    });
  });

  it("gives every person a valid NIK, participants' agreeing with their sex and birth date and never shared", () => {
    const niks = [...data.umkms.map((umkm) => umkm.ownerNik), ...data.agents.map((agent) => agent.nik)];
    expect(niks.filter((nik) => !parseNik(nik).ok)).toEqual([]);
    const mismatched = data.participants.filter((participant) => {
      const parsed = parseNik(participant.nik);
      return !parsed.ok || parsed.value.sex !== participant.sex || parsed.value.birthDate !== participant.birthDate;
    });
    expect(mismatched).toEqual([]);
    expect(new Set(data.participants.map((participant) => participant.nik)).size).toBe(data.participants.length);
    expect(new Set(data.participants.map((participant) => participant.kpjNumber)).size).toBe(data.participants.length);
  });

  it("stores phone numbers in the normalised E.164 form", () => {
    const phones = [...data.umkms, ...data.agents, ...data.participants].flatMap((record) => record.phone ?? []);
    expect(phones.filter((phone) => normalisePhone(phone) !== phone)).toEqual([]);
  });

  it("makes agents UMKM owners with unique agent numbers", () => {
    expect(new Set(data.agents.map((agent) => agent.agentNumber)).size).toBe(data.agents.length);
    for (const agent of data.agents) {
      const umkm = data.umkms[agent.umkmId! - 1];
      expect({ name: agent.name, nik: agent.nik }).toEqual({ name: umkm.ownerName, nik: umkm.ownerNik });
      expect(agent.territory).toContain(umkm.districtCode);
      expect(agent.history[0]).toMatchObject({ status: "CANDIDATE", on: agent.appointedOn });
      expect(agent.history.at(-1)?.status).toBe(agent.status);
    }
  });

  it("has participants recruited by their agent, after the appointment, in the agent's territory", () => {
    const agents = new Map(data.agents.map((agent) => [agent.id, agent]));
    const misplaced = data.participants.filter((participant) => {
      const agent = agents.get(participant.agentId)!;
      return (
        participant.registeredOn < agent.appointedOn ||
        participant.registeredOn > TODAY ||
        participant.officeId !== agent.officeId ||
        !agent.territory.includes(participant.districtCode)
      );
    });
    expect(misplaced).toEqual([]);
  });

  it("bills contributions by computeContribution, monthly from registration, lapsing after three unpaid months", () => {
    const problems: string[] = [];
    const lastPaid = new Map<number, number>();
    let expectedId = 1;
    for (const row of data.contributions()) {
      const participant = data.participants[row.participantId - 1];
      const previous = lastPaid.get(row.participantId) ?? monthIndexOf(participant.registeredOn) - 1;
      if (row.id !== expectedId) problems.push(`row ${expectedId} has id ${row.id}`);
      if (monthIndexOf(row.period) !== previous + 1) problems.push(`row ${row.id} skips or repeats a month`);
      if (row.paidOn < participant.registeredOn || row.paidOn > TODAY)
        problems.push(`row ${row.id} paid ${row.paidOn}`);
      if (row.id % 1_009 === 0) {
        const { jkk, jkm, jht } = computeContribution(
          INITIAL_RATES,
          participant.declaredIncome,
          participant.programs,
          `${row.period}-01`,
        );
        if (row.jkk !== jkk || row.jkm !== jkm || row.jht !== jht) problems.push(`row ${row.id} amounts`);
      }
      lastPaid.set(row.participantId, previous + 1);
      expectedId += 1;
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(expectedId).toBeGreaterThan(500_000);
    const currentMonth = monthIndexOf(TODAY);
    const wrongStatus = data.participants.filter((participant) => {
      const unpaidMonths = currentMonth - 1 - (lastPaid.get(participant.id) ?? currentMonth - 1);
      return participant.status !== (unpaidMonths >= 3 ? "LAPSED" : "ACTIVE");
    });
    expect(wrongStatus).toEqual([]);
  });
});
