import { describe, expect, it } from "vitest";
import { composeNik } from "../../src/shared/validation/nik";
import { useStack } from "../support/stack";

const stack = useStack();

const USER_ERRORS = "userErrors { field message code }";

async function count(query: string): Promise<number> {
  const { data, errors } = await stack.query(query);
  expect(errors).toBeUndefined();
  return Object.values(data!)[0].totalCount as number;
}

async function mutate(mutation: string, input: Record<string, unknown>, token?: string) {
  const { data, errors } = await stack.query(mutation, { input }, token ? { token } : {});
  expect(errors).toBeUndefined();
  return Object.values(data!)[0] as Record<string, any>;
}

// Banda Aceh: far from Batam, so these writes never change the figures other tests read.
const KECAMATAN = "11.71.01";
const VILLAGE = "11.71.01.2001";
const OWNER_NIK = composeNik(KECAMATAN, "1985-04-12", "FEMALE", 7301);
const PARTICIPANT_NIK = composeNik(KECAMATAN, "1990-11-03", "MALE", 7302);

const state: Record<string, any> = {};

/** An office's agent list and the totals it reports (kept by a rollup of agents per office), which must agree. */
async function expectAgentTotalsOfRows(officeId: string) {
  const { data, errors } = await stack.query(
    `query ($office: ID!) {
      all: agents(filter: { officeId: $office }, first: 100) { totalCount pageInfo { hasNextPage } nodes { status } }
      active: agents(filter: { officeId: $office, status: ACTIVE }, first: 1) { totalCount }
    }`,
    { office: officeId },
  );
  expect(errors).toBeUndefined();
  expect(data!.all.pageInfo.hasNextPage).toBe(false);
  expect(data!.all.totalCount).toBe(data!.all.nodes.length);
  expect(data!.active.totalCount).toBe(data!.all.nodes.filter((node: any) => node.status === "ACTIVE").length);
}

describe("writing through the gateway", () => {
  it("refuses a UMKM with an impossible NIK, and writes nothing", async () => {
    const before = await count(`{ umkms(filter: { regionCode: "11.71" }) { totalCount } }`);
    const payload = await mutate(
      `mutation ($input: CreateUmkmInput!) { createUmkm(input: $input) { umkm { id } ${USER_ERRORS} } }`,
      {
        businessName: "Warung Kopi Ulee Kareng",
        ownerName: "Cut Nyak Meutia",
        ownerNik: "1171017104850000",
        umkmClass: "MIKRO",
        sector: "Kuliner",
        kecamatanCode: KECAMATAN,
        workers: 2,
        joinedOn: "2024-02-01",
      },
    );
    expect(payload.umkm).toBeNull();
    expect(payload.userErrors).toContainEqual(
      expect.objectContaining({ field: ["input", "ownerNik"], code: "INVALID" }),
    );
    expect(await count(`{ umkms(filter: { regionCode: "11.71" }) { totalCount } }`)).toBe(before);
  });

  it("registers a UMKM, counts it in every region above it and masks its owner's NIK and phone", async () => {
    const before = await stack.query(`{ region(code: "11.71") { umkmCount coverage { umkmRegistered } } }`);
    const payload = await mutate(
      `mutation ($input: CreateUmkmInput!) {
        createUmkm(input: $input) { umkm { id version ownerNik phone kecamatan { name } village { code } } ${USER_ERRORS} }
      }`,
      {
        businessName: "Warung Kopi Ulee Kareng",
        ownerName: "Cut Nyak Meutia",
        ownerNik: OWNER_NIK,
        phone: "0812-6900-1234",
        umkmClass: "MIKRO",
        sector: "Kuliner",
        kecamatanCode: KECAMATAN,
        villageCode: VILLAGE,
        workers: 2,
        joinedOn: "2024-02-01",
      },
    );
    expect(payload.userErrors).toEqual([]);
    expect(payload.umkm).toMatchObject({
      version: 1,
      ownerNik: "1171************",
      phone: "+62812******34",
      kecamatan: { name: "Baiturrahman" },
      village: { code: VILLAGE },
    });
    state.umkm = payload.umkm;
    const audit = await stack.query(
      `query ($id: ID!) { auditLog(filter: { objectId: $id }) { totalCount nodes { action actorRole objectType after } } }`,
      { id: payload.umkm.id },
    );
    expect(audit.errors).toBeUndefined();
    expect(audit.data!.auditLog.nodes).toEqual([
      expect.objectContaining({ action: "createUmkm", actorRole: "NATIONAL_COORDINATOR", objectType: "Umkm" }),
    ]);
    // The audit trail keeps personal fields masked.
    expect(JSON.stringify(audit.data)).not.toContain(OWNER_NIK);
    const after = await stack.query(`{ region(code: "11.71") { umkmCount coverage { umkmRegistered } } }`);
    expect(after.data!.region.umkmCount).toBe(before.data!.region.umkmCount + 1);
    expect(after.data!.region.coverage.umkmRegistered).toBe(before.data!.region.coverage.umkmRegistered + 1);
  });

  it("refuses an edit made on a stale version and accepts the current one", async () => {
    const mutation = `mutation ($input: UpdateUmkmInput!) { updateUmkm(input: $input) { umkm { version workers } ${USER_ERRORS} } }`;
    const stale = await mutate(mutation, { id: state.umkm.id, expectedVersion: 0, workers: 3 });
    expect(stale.userErrors).toContainEqual(expect.objectContaining({ code: "STALE" }));
    const fresh = await mutate(mutation, { id: state.umkm.id, expectedVersion: 1, workers: 3 });
    expect(fresh).toMatchObject({ userErrors: [], umkm: { version: 2, workers: 3 } });
  });

  it("opens a Kantor Perisai under an Aceh branch", async () => {
    const { data } = await stack.query(`{
      bpjsOffices(filter: { kind: CABANG, regionCode: "11" }, first: 1) { nodes { id } }
      chapters(filter: { regionCode: "11.71" }, first: 1) { nodes { id } }
    }`);
    const payload = await mutate(
      `mutation ($input: CreatePerisaiOfficeInput!) {
        createPerisaiOffice(input: $input) { perisaiOffice { id name status pioneer region { name } } ${USER_ERRORS} }
      }`,
      {
        name: "Kantor Perisai OK OCE Progresif Baiturrahman",
        regionCode: "11.71",
        supervisingBranchId: data!.bpjsOffices.nodes[0].id,
        hostChapterId: data!.chapters.nodes[0].id,
        status: "ACTIVE",
        monthlyTarget: 10,
        establishedOn: "2024-01-15",
      },
    );
    expect(payload.userErrors).toEqual([]);
    expect(payload.perisaiOffice).toMatchObject({
      status: "ACTIVE",
      pioneer: false,
      region: { name: "Kota Banda Aceh" },
    });
    state.newOffice = payload.perisaiOffice;

    // Enrolments are the office's work: its admin, signed in, does them below.
    const password = "kantor-baiturrahman-2024";
    const account = await mutate(
      `mutation ($input: CreateUserAccountInput!) { createUserAccount(input: $input) { userAccount { id role } ${USER_ERRORS} } }`,
      {
        email: "admin.baiturrahman@perisai.example",
        displayName: "Admin Kantor Perisai Baiturrahman",
        role: "OFFICE_ADMIN",
        perisaiOfficeId: state.newOffice.id,
        password,
      },
    );
    expect(account).toMatchObject({ userErrors: [], userAccount: { role: "OFFICE_ADMIN" } });
    state.officeAdmin = await stack.signIn("admin.baiturrahman@perisai.example", password);
  });

  it("appoints an agent, who then goes through activation, suspension, reactivation and transfer", async () => {
    const { data } = await stack.query(
      `{ perisaiOffices(filter: { regionCode: "11", status: ACTIVE, parentId: null }, first: 100) { nodes { id name region { code } } } }`,
    );
    const provinceOffice = data!.perisaiOffices.nodes.find((office: any) => office.region.code === "11");
    const nationalTotal = () => count(`{ agents(first: 1) { totalCount } }`);
    const agentsBefore = await nationalTotal();
    const appointed = await mutate(
      `mutation ($input: AppointAgentInput!) {
        appointAgent(input: $input) { agent { id agentNumber status version nik office { id } umkm { id } } ${USER_ERRORS} }
      }`,
      {
        officeId: provinceOffice.id,
        name: "Cut Nyak Meutia",
        nik: OWNER_NIK,
        phone: "081269001234",
        umkmId: state.umkm.id,
        territory: [KECAMATAN],
      },
    );
    expect(appointed.userErrors).toEqual([]);
    expect(appointed.agent).toMatchObject({
      status: "CANDIDATE",
      nik: "1171************",
      umkm: { id: state.umkm.id },
    });
    expect(appointed.agent.agentNumber).toMatch(/^AP-1100-\d{5}$/);
    expect(await nationalTotal()).toBe(agentsBefore + 1);
    await expectAgentTotalsOfRows(provinceOffice.id);
    let agent = appointed.agent;

    const change = async (name: string, input: Record<string, unknown>) => {
      const payload = await mutate(
        `mutation ($input: AgentStatusChangeInput!) { ${name}(input: $input) { agent { status version } ${USER_ERRORS} } }`,
        { agentId: agent.id, expectedVersion: agent.version, ...input },
      );
      if (payload.agent) agent = { ...agent, ...payload.agent };
      return payload;
    };
    expect((await change("activateAgent", {})).agent.status).toBe("ACTIVE");
    const noReason = await change("suspendAgent", {});
    expect(noReason.userErrors).toContainEqual(expect.objectContaining({ code: "REQUIRED" }));
    expect((await change("suspendAgent", { reason: "Belum melaporkan iuran peserta" })).agent.status).toBe("SUSPENDED");
    expect((await change("activateAgent", { reason: "Laporan sudah lengkap" })).agent.status).toBe("ACTIVE");

    const transferred = await mutate(
      `mutation ($input: TransferAgentInput!) { transferAgent(input: $input) { agent { status version office { id } } ${USER_ERRORS} } }`,
      {
        agentId: agent.id,
        toOfficeId: state.newOffice.id,
        reason: "Dekat dengan wilayah kerja",
        expectedVersion: agent.version,
      },
    );
    expect(transferred).toMatchObject({
      userErrors: [],
      agent: { status: "ACTIVE", office: { id: state.newOffice.id } },
    });
    agent = { ...agent, ...transferred.agent };
    await expectAgentTotalsOfRows(provinceOffice.id);
    await expectAgentTotalsOfRows(state.newOffice.id);
    expect(await nationalTotal()).toBe(agentsBefore + 1);

    const history = await stack.query(
      `query ($id: ID!) { agent(id: $id) { statusHistory { fromStatus toStatus reason } transfers { reason } } }`,
      {
        id: agent.id,
      },
    );
    expect(history.data!.agent.statusHistory.map((entry: any) => entry.toStatus)).toEqual([
      "CANDIDATE",
      "ACTIVE",
      "SUSPENDED",
      "ACTIVE",
    ]);
    expect(history.data!.agent.transfers).toEqual([{ reason: "Dekat dengan wilayah kerja" }]);
    const audit = await stack.query(
      `query ($id: ID!) { auditLog(filter: { objectId: $id }, first: 20) { nodes { action } } }`,
      {
        id: agent.id,
      },
    );
    expect(audit.data!.auditLog.nodes.map((entry: { action: string }) => entry.action).sort()).toEqual(
      ["activateAgent", "activateAgent", "appointAgent", "suspendAgent", "transferAgent"].sort(),
    );
    state.agent = agent;
  });

  it("refuses an enrolment by a national coordinator: enrolments belong to offices and agents", async () => {
    const response = await stack.query(
      `mutation ($input: EnrollParticipantInput!) { enrollParticipant(input: $input) { participant { id } } }`,
      {
        input: {
          nik: PARTICIPANT_NIK,
          name: "Teuku Umar",
          declaredIncome: 2_000_000,
          programs: ["JKK", "JKM"],
          kecamatanCode: KECAMATAN,
          agentId: state.agent.id,
        },
      },
    );
    expect(response.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses an enrolment by a national coordinator: enrolments belong to offices and agents", async () => {
    const response = await stack.query(
      `mutation ($input: EnrollParticipantInput!) { enrollParticipant(input: $input) { participant { id } } }`,
      {
        input: {
          nik: PARTICIPANT_NIK,
          name: "Teuku Umar",
          declaredIncome: 2_000_000,
          programs: ["JKK", "JKM"],
          kecamatanCode: KECAMATAN,
          agentId: state.agent.id,
        },
      },
    );
    expect(response.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses an enrolment with a bad NIK and writes nothing", async () => {
    const before = await count(`{ participants(filter: { regionCode: "11.71.01" }) { totalCount } }`);
    const payload = await mutate(
      `mutation ($input: EnrollParticipantInput!) { enrollParticipant(input: $input) { participant { id } ${USER_ERRORS} } }`,
      {
        nik: "1171013311900001",
        name: "Teuku Umar",
        declaredIncome: 2_000_000,
        programs: ["JKK", "JKM"],
        kecamatanCode: KECAMATAN,
        agentId: state.agent.id,
      },
      state.officeAdmin,
    );
    expect(payload.participant).toBeNull();
    expect(payload.userErrors).toContainEqual(expect.objectContaining({ field: ["input", "nik"], code: "INVALID" }));
    expect(await count(`{ participants(filter: { regionCode: "11.71.01" }) { totalCount } }`)).toBe(before);
  });

  it("enrols a participant, prices the contribution by the rates in force and updates the coverage rollups", async () => {
    const figures = `{ region(code: "${KECAMATAN}") { coverage { participantsActive umkmCovered } } }`;
    const before = (await stack.query(figures)).data!.region.coverage;
    const payload = await mutate(
      `mutation ($input: EnrollParticipantInput!) {
        enrollParticipant(input: $input) {
          participant { id nik birthDate sex kpjNumber status agent { id } umkm { id } }
          monthlyContribution { jkk jkm jht total }
          ${USER_ERRORS}
        }
      }`,
      {
        nik: PARTICIPANT_NIK,
        name: "Teuku Umar",
        phone: "+62 852 7700 1122",
        declaredIncome: 2_000_000,
        programs: ["JKK", "JKM", "JHT"],
        kecamatanCode: KECAMATAN,
        umkmId: state.umkm.id,
        agentId: state.agent.id,
      },
      state.officeAdmin,
    );
    expect(payload.userErrors).toEqual([]);
    // The office's own admin sees its participant's personal data in clear.
    expect(payload.participant).toMatchObject({
      nik: PARTICIPANT_NIK,
      birthDate: "1990-11-03",
      sex: "MALE",
      status: "ACTIVE",
      agent: { id: state.agent.id },
      umkm: { id: state.umkm.id },
    });
    expect(payload.participant.kpjNumber).toMatch(/^\d{11}$/);
    // JKK 1 % of Rp2,000,000, JKM Rp6,800, JHT 2 %.
    expect(payload.monthlyContribution).toEqual({ jkk: 20_000, jkm: 6_800, jht: 40_000, total: 66_800 });
    const after = (await stack.query(figures)).data!.region.coverage;
    expect(after.participantsActive).toBe(before.participantsActive + 1);
    expect(after.umkmCovered).toBe(before.umkmCovered + 1);
    state.participant = payload.participant;
    const audit = await stack.query(
      `query ($id: ID!) { auditLog(filter: { objectId: $id }) { nodes { action after } } }`,
      {
        id: payload.participant.id,
      },
    );
    expect(audit.data!.auditLog.nodes).toEqual([expect.objectContaining({ action: "enrollParticipant" })]);
    expect(JSON.stringify(audit.data)).not.toContain(PARTICIPANT_NIK);

    const again = await mutate(
      `mutation ($input: EnrollParticipantInput!) { enrollParticipant(input: $input) { participant { id } ${USER_ERRORS} } }`,
      {
        nik: PARTICIPANT_NIK,
        name: "Teuku Umar",
        declaredIncome: 2_000_000,
        programs: ["JKK", "JKM"],
        kecamatanCode: KECAMATAN,
        agentId: state.agent.id,
      },
      state.officeAdmin,
    );
    expect(again.userErrors).toContainEqual(expect.objectContaining({ code: "TAKEN" }));
  });

  it("records a contribution once, however often the client repeats it", async () => {
    const agentFigures = `query ($id: ID!) { agent(id: $id) { coverage { contributionsCount contributionsTotal } } }`;
    const before = (await stack.query(agentFigures, { id: state.agent.id })).data!.agent.coverage;
    const period = new Date().toISOString().slice(0, 7);
    const input = {
      participantId: state.participant.id,
      period,
      clientKey: `test-${state.participant.id}-${period}`,
      amount: 66_800,
    };
    const mutation = `mutation ($input: RecordContributionInput!) {
      recordContribution(input: $input) { contribution { id total jkk jkm jht } duplicate ${USER_ERRORS} }
    }`;
    const first = await mutate(mutation, input, state.officeAdmin);
    expect(first).toMatchObject({ duplicate: false, userErrors: [], contribution: { total: 66_800 } });
    const repeat = await mutate(mutation, input, state.officeAdmin);
    expect(repeat).toMatchObject({ duplicate: true, userErrors: [], contribution: { id: first.contribution.id } });
    const otherKey = await mutate(mutation, { ...input, clientKey: `${input.clientKey}-again` }, state.officeAdmin);
    expect(otherKey.userErrors).toContainEqual(expect.objectContaining({ code: "TAKEN" }));
    const wrongAmount = await mutate(
      mutation,
      { ...input, period: "2020-01", clientKey: "wrong-amount" },
      state.officeAdmin,
    );
    expect(wrongAmount.contribution).toBeNull();

    const after = (await stack.query(agentFigures, { id: state.agent.id })).data!.agent.coverage;
    expect(after.contributionsCount).toBe(before.contributionsCount + 1);
    expect(after.contributionsTotal).toBe(before.contributionsTotal + 66_800);
  });

  it("terminates the agent, and refuses to appoint the same person again within six months", async () => {
    const terminated = await mutate(
      `mutation ($input: AgentStatusChangeInput!) { terminateAgent(input: $input) { agent { status } ${USER_ERRORS} } }`,
      { agentId: state.agent.id, expectedVersion: state.agent.version, reason: "Mengundurkan diri" },
    );
    expect(terminated).toMatchObject({ userErrors: [], agent: { status: "TERMINATED" } });
    const again = await mutate(
      `mutation ($input: AppointAgentInput!) { appointAgent(input: $input) { agent { id } ${USER_ERRORS} } }`,
      {
        officeId: state.newOffice.id,
        name: "Cut Nyak Meutia",
        nik: OWNER_NIK,
        phone: "081269001234",
        territory: [KECAMATAN],
      },
    );
    expect(again.agent).toBeNull();
    expect(again.userErrors.length).toBeGreaterThan(0);
  });
});
