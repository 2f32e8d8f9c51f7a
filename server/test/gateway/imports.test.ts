import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../../src/shared/graphql/global-id";
import { composeNik } from "../../src/shared/validation/nik";
import { DEMO_ACCOUNTS, useStack } from "../support/stack";

const stack = useStack();

/** Every row these tests import is named so, and removed afterwards: the next test files see the demo data set. */
const PREFIX = "Impor Uji";
const HEADER =
  "businessName,ownerName,ownerNik,phone,umkmClass,sector,streetVendor,kecamatanCode,villageCode,workers,joinedOn,stage,chapterId,businessCapital,annualSales";

const VALIDATE_UMKM = `mutation ($input: UmkmImportInput!) {
  validateUmkmImport(input: $input) { rowCount errorCount errors { line column message code } }
}`;
const START_UMKM = `mutation ($input: UmkmImportInput!) {
  startUmkmImport(input: $input) {
    umkmImport { id status total processed }
    rowErrors { line column code message }
    userErrors { code message }
  }
}`;
const UMKM_IMPORT = `query ($id: ID!) { umkmImport(id: $id) { id status total processed error startedAt finishedAt } }`;
const VALIDATE_AGENTS = `mutation ($input: AgentImportInput!) {
  validateAgentImport(input: $input) { rowCount errorCount errors { line column message code } }
}`;
const START_AGENTS = `mutation ($input: AgentImportInput!) {
  startAgentImport(input: $input) { agentImport { id status total } rowErrors { line column code } userErrors { code } }
}`;
const AGENT_IMPORT = `query ($id: ID!) { agentImport(id: $id) { status total processed error } }`;

let batamKecamatan: string[] = [];
let elsewhereKecamatan = "";
let adminToken = "";

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return stack.running.subgraphs.okoce.orm.em.fork().getConnection().execute<T[]>(text, params);
}

function umkmRow(index: number, kecamatan: string, overrides: Partial<Record<string, string>> = {}): string {
  const sex = index % 2 ? "FEMALE" : "MALE";
  const birth = `${1960 + (index % 40)}-${String(1 + (index % 12)).padStart(2, "0")}-${String(1 + (index % 28)).padStart(2, "0")}`;
  const values: Record<string, string> = {
    businessName: `${PREFIX} ${String(index).padStart(6, "0")}`,
    ownerName: `Pemilik ${index}`,
    ownerNik: composeNik(kecamatan, birth, sex, 1 + (index % 9999)),
    phone: `0812-${String(1000 + (index % 9000))}-${String(1000 + (index % 8999))}`,
    umkmClass: "MIKRO",
    sector: index % 3 ? "Kuliner" : "Perdagangan Eceran",
    streetVendor: index % 5 ? "tidak" : "ya",
    kecamatanCode: kecamatan,
    villageCode: "",
    workers: String(1 + (index % 4)),
    joinedOn: "2021-03-15",
    stage: "P1",
    chapterId: "",
    businessCapital: "",
    annualSales: "",
    ...overrides,
  };
  return HEADER.split(",")
    .map((column) => values[column])
    .join(",");
}

async function waitForImport(query: string, field: string, id: string, token?: string) {
  const seen: number[] = [];
  for (;;) {
    const { data, errors } = await stack.query(query, { id }, { token });
    expect(errors).toBeUndefined();
    const job = data![field];
    seen.push(job.processed);
    if (job.status === "SUCCEEDED" || job.status === "FAILED") return { job, seen };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function umkmCountOfBatam(): Promise<number> {
  const { data } = await stack.query(`{ region(code: "21.71") { umkmCount } }`);
  return data!.region.umkmCount;
}

beforeAll(async () => {
  batamKecamatan = (
    await sql<{ code: string }>(
      "select code from regions.published_region where level = 'DISTRICT' and code like '21.71.%' order by code",
    )
  ).map((row) => row.code);
  elsewhereKecamatan = (
    await sql<{ code: string }>(
      "select code from regions.published_region where level = 'DISTRICT' and code like '31.71.%' order by code limit 1",
    )
  )[0].code;
  adminToken = await stack.signIn(DEMO_ACCOUNTS.batamAdmin);
});

afterAll(async () => {
  if (!stack.running) return;
  await sql(`delete from okoce.umkm where business_name like '${PREFIX} %'`);
  const perisai = stack.running.subgraphs.perisai.orm.em.fork().getConnection();
  await perisai.execute(
    `delete from perisai.agent_status_change where agent_id in (select id from perisai.agent where name like '${PREFIX} %')`,
  );
  await perisai.execute(`delete from perisai.agent where name like '${PREFIX} %'`);
});

describe("UMKM import", () => {
  it("lists a bad row by its line and writes nothing, neither on validation nor on start", async () => {
    const csv = [
      HEADER,
      umkmRow(1, "21.71.06"),
      umkmRow(2, "21.71.06", { ownerNik: "123" }),
      umkmRow(3, "21.71.01"),
    ].join("\n");
    const { data } = await stack.query(VALIDATE_UMKM, { input: { csv } }, { token: adminToken });
    expect(data!.validateUmkmImport).toMatchObject({ rowCount: 3, errorCount: 1 });
    expect(data!.validateUmkmImport.errors).toEqual([
      { line: 3, column: "ownerNik", message: "NIK must be exactly 16 digits", code: "INVALID" },
    ]);
    const started = await stack.query(START_UMKM, { input: { csv } }, { token: adminToken });
    expect(started.data!.startUmkmImport.umkmImport).toBeNull();
    expect(started.data!.startUmkmImport.rowErrors).toMatchObject([{ line: 3, column: "ownerNik" }]);
    expect(started.data!.startUmkmImport.userErrors[0].code).toBe("INVALID");
    expect(await sql(`select 1 from okoce.umkm where business_name like '${PREFIX} %'`)).toHaveLength(0);
  });

  it("reads semicolons, quotes, a byte-order mark and CRLF, and names header and value problems", async () => {
    const header = HEADER.replaceAll(",", ";");
    const row = umkmRow(7, "21.71.06", { businessName: `"${PREFIX} Warung ""Bu Siti""; Nagoya"`, umkmClass: "RAKSASA" })
      .split(",")
      .join(";");
    const csv = `\uFEFF${header}\r\n${row}\r\n${umkmRow(8, "21.71.06").split(",").join(";")}\r\n`;
    const { data } = await stack.query(VALIDATE_UMKM, { input: { csv } });
    expect(data!.validateUmkmImport).toMatchObject({ rowCount: 2, errorCount: 1 });
    expect(data!.validateUmkmImport.errors[0]).toMatchObject({ line: 2, column: "umkmClass", code: "INVALID" });
    const missing = await stack.query(VALIDATE_UMKM, { input: { csv: "businessName,ownerName\nA,B" } });
    expect(missing.data!.validateUmkmImport.errors[0]).toMatchObject({ line: 1, column: "ownerNik", code: "REQUIRED" });
  });

  it("finds duplicates within the file and against the registry", async () => {
    const [registered] = await sql<{ owner_nik: string; business_name: string }>(
      "select owner_nik, business_name from okoce.umkm where district_code = '21.71.06' order by id limit 1",
    );
    const csv = [
      HEADER,
      umkmRow(11, "21.71.06"),
      umkmRow(11, "21.71.06"),
      umkmRow(12, "21.71.06", { ownerNik: registered.owner_nik, businessName: registered.business_name }),
    ].join("\n");
    const { data } = await stack.query(VALIDATE_UMKM, { input: { csv } });
    expect(data!.validateUmkmImport.errors).toMatchObject([
      { line: 3, column: "businessName", code: "TAKEN", message: "Line 2 has the same owner NIK and business name" },
      { line: 4, column: "businessName", code: "TAKEN" },
    ]);
  });

  it("lets an office admin import only inside the territory: other kecamatan are line-numbered errors", async () => {
    const csv = [HEADER, umkmRow(21, "21.71.06"), umkmRow(22, elsewhereKecamatan)].join("\n");
    const { data } = await stack.query(VALIDATE_UMKM, { input: { csv } }, { token: adminToken });
    expect(data!.validateUmkmImport.errors).toMatchObject([{ line: 3, column: "kecamatanCode", code: "FORBIDDEN" }]);
    const national = await stack.query(VALIDATE_UMKM, { input: { csv } });
    expect(national.data!.validateUmkmImport.errorCount).toBe(0);
  });

  it("refuses roles that do not import (an analyst, an agent)", async () => {
    for (const account of [DEMO_ACCOUNTS.analyst, DEMO_ACCOUNTS.batamAgent]) {
      const token = await stack.signIn(account);
      const { errors } = await stack.query(VALIDATE_UMKM, { input: { csv: HEADER } }, { token });
      expect(errors?.[0].extensions?.code).toBe("FORBIDDEN");
    }
  });

  it("imports a good file in the background; the rows are then in the registry, and the history shows it", async () => {
    const before = await umkmCountOfBatam();
    const csv = [HEADER, ...[31, 32, 33].map((index) => umkmRow(index, "21.71.06"))].join("\n");
    const { data } = await stack.query(START_UMKM, { input: { csv } }, { token: adminToken });
    expect(data!.startUmkmImport.userErrors).toEqual([]);
    const job = data!.startUmkmImport.umkmImport;
    expect(job).toMatchObject({ total: 3 });
    const { job: done } = await waitForImport(UMKM_IMPORT, "umkmImport", job.id, adminToken);
    expect(done).toMatchObject({ status: "SUCCEEDED", total: 3, processed: 3, error: null });
    const list = await stack.query(
      `{ umkms(filter: { search: "${PREFIX} 000032" }) { totalCount nodes { businessName kecamatan { code } } } }`,
      undefined,
      { token: adminToken },
    );
    expect(list.data!.umkms).toMatchObject({
      totalCount: 1,
      nodes: [{ businessName: `${PREFIX} 000032`, kecamatan: { code: "21.71.06" } }],
    });
    expect(await umkmCountOfBatam()).toBe(before + 3);
    const history = await stack.query(`{ recentUmkmImports(first: 5) { id status total } }`, undefined, {
      token: adminToken,
    });
    expect(history.data!.recentUmkmImports[0]).toMatchObject({ id: job.id, status: "SUCCEEDED", total: 3 });
    const audit = await sql<{ after: { rows: number } }>(
      "select after from okoce.audit_entry where action = 'importUmkm' and object_id = ?",
      [job.id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].after.rows).toBe(3);
    expect(JSON.stringify(audit[0].after)).not.toContain(PREFIX);
  });

  it("imports all 81,486 UMKM of a Batam-sized file, with progress visible, and the rollups follow", async () => {
    const rows = 81_486;
    const lines = [HEADER];
    for (let index = 0; index < rows; index++) {
      lines.push(umkmRow(100_000 + index, batamKecamatan[index % batamKecamatan.length]));
    }
    const csv = lines.join("\r\n");
    const megabytes = Buffer.byteLength(csv) / 1024 / 1024;
    const before = await umkmCountOfBatam();
    const started = performance.now();
    const checked = await stack.query(VALIDATE_UMKM, { input: { csv } });
    const validated = performance.now();
    expect(checked.data!.validateUmkmImport).toMatchObject({ rowCount: rows, errorCount: 0 });
    const { data } = await stack.query(START_UMKM, { input: { csv } });
    expect(data!.startUmkmImport.userErrors).toEqual([]);
    const { job, seen } = await waitForImport(UMKM_IMPORT, "umkmImport", data!.startUmkmImport.umkmImport.id);
    const finished = performance.now();
    expect(job).toMatchObject({ status: "SUCCEEDED", total: rows, processed: rows });
    expect(seen.at(-1)).toBe(rows);
    // The bar moves while the rows are written (41 batches of 2,000), not only at the end.
    expect(seen.some((processed) => processed > 0 && processed < rows)).toBe(true);
    process.stdout.write(
      `81,486-row UMKM import: CSV ${megabytes.toFixed(1)} MB; validate ${((validated - started) / 1000).toFixed(1)} s; ` +
        `start + background import ${((finished - validated) / 1000).toFixed(1)} s; progress seen ${seen.join(" → ")}\n`,
    );
    expect(await umkmCountOfBatam()).toBe(before + rows);
    const kecamatan = await stack.query(`{ region(code: "${batamKecamatan[0]}") { umkmCount } }`);
    expect(kecamatan.data!.region.umkmCount).toBeGreaterThanOrEqual(Math.floor(rows / batamKecamatan.length));
  }, 180_000);
});

describe("agent import", () => {
  const AGENT_HEADER = "office,name,nik,phone,territory,umkmId,appointedOn";
  const office = "Kantor Perisai OK OCE Progresif Batam";
  const agentRow = (index: number, overrides: Partial<Record<string, string>> = {}) => {
    const values: Record<string, string> = {
      office,
      name: `${PREFIX} Agen ${index}`,
      nik: composeNik("21.71.06", "1985-04-12", "FEMALE", 9000 + index),
      phone: `0813 7000 ${String(1000 + index)}`,
      territory: "21.71.06 | 21.71.01",
      umkmId: "",
      appointedOn: "2024-02-01",
      ...overrides,
    };
    return AGENT_HEADER.split(",")
      .map((column) => values[column])
      .join(",");
  };

  it("lists line-numbered problems: territory outside the office, the same person twice, an unknown office", async () => {
    const csv = [
      AGENT_HEADER,
      agentRow(1, { territory: elsewhereKecamatan }),
      agentRow(2),
      agentRow(2),
      agentRow(4, { office: "Kantor Yang Tidak Ada" }),
    ].join("\n");
    const { data } = await stack.query(VALIDATE_AGENTS, { input: { csv } }, { token: adminToken });
    expect(data!.validateAgentImport.errors).toMatchObject([
      { line: 2, column: "territory", code: "OUT_OF_RANGE" },
      { line: 4, column: "nik", code: "TAKEN" },
      { line: 5, column: "office", code: "NOT_FOUND" },
    ]);
  });

  it("accepts the person's own UMKM and refuses one registered to someone else", async () => {
    const [owned] = await sql<{ id: number; owner_nik: string }>(
      `select id, owner_nik from okoce.umkm where district_code = '21.71.06'
       and owner_nik not in (select nik from perisai.agent) order by id limit 1`,
    );
    const umkmId = toGlobalId("Umkm", owned.id);
    const csv = [
      AGENT_HEADER,
      agentRow(21, { nik: owned.owner_nik, umkmId }),
      agentRow(22, { umkmId: toGlobalId("Umkm", owned.id) }),
    ].join("\n");
    const { data } = await stack.query(VALIDATE_AGENTS, { input: { csv } }, { token: adminToken });
    expect(data!.validateAgentImport.errors).toMatchObject([
      { line: 3, column: "umkmId", code: "INVALID" },
      { line: 3, column: "umkmId", code: "TAKEN", message: "Line 2 names the same UMKM" },
    ]);
  });

  it("appoints the candidates of a good file with generated numbers, and shows them in the office's list", async () => {
    const csv = [AGENT_HEADER, agentRow(11), agentRow(12)].join("\n");
    const { data } = await stack.query(START_AGENTS, { input: { csv } }, { token: adminToken });
    expect(data!.startAgentImport.userErrors).toEqual([]);
    const { job } = await waitForImport(AGENT_IMPORT, "agentImport", data!.startAgentImport.agentImport.id, adminToken);
    expect(job).toMatchObject({ status: "SUCCEEDED", total: 2, processed: 2 });
    const agents = await stack.query(
      `{ agents(filter: { search: "${PREFIX} Agen" }) { nodes { name agentNumber status } } }`,
      undefined,
      { token: adminToken },
    );
    const nodes = agents.data!.agents.nodes as { name: string; agentNumber: string; status: string }[];
    expect(nodes.map((node) => node.name).sort()).toEqual([`${PREFIX} Agen 11`, `${PREFIX} Agen 12`]);
    expect(nodes.every((node) => /^AP-2171-\d{5}$/.test(node.agentNumber) && node.status === "CANDIDATE")).toBe(true);
    expect(new Set(nodes.map((node) => node.agentNumber)).size).toBe(2);
    const again = await stack.query(VALIDATE_AGENTS, { input: { csv } }, { token: adminToken });
    expect(again.data!.validateAgentImport.errors).toMatchObject([
      { line: 2, column: "nik", code: "TAKEN" },
      { line: 3, column: "nik", code: "TAKEN" },
    ]);
  });
});

describe("request size", () => {
  it("accepts a large body only for a CSV import", async () => {
    const big = "x".repeat(2 * 1024 * 1024);
    const response = await fetch(`${stack.running.gateway.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${adminToken}` },
      body: JSON.stringify({ query: `query ($q: String) { __typename }`, variables: { q: big } }),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
  });
});
