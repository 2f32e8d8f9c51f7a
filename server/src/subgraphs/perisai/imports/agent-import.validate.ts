import type { Viewer } from "../../../shared/auth/viewer";
import { jakartaToday } from "../../../shared/calendar";
import type { Em } from "../../../shared/db/orm";
import { localIdOf } from "../../../shared/graphql/global-id";
import { Problems } from "../../../shared/graphql/mutation";
import { UserErrorCode } from "../../../shared/graphql/user-error";
import {
  FirstSeen,
  parseCsvDate,
  problemsOf,
  readCsvRows,
  RowErrors,
  ROWS_PER_YIELD,
  yieldToEventLoop,
  type CsvRow,
} from "../../../shared/import/rows";
import { nikHash } from "../../../shared/privacy/nik-hash";
import { parseRealNik } from "../../../shared/validation/real-nik";
import { validPhone } from "../commands/appoint-agent";
import { canManagePerisaiOffice } from "../domain/access-rules";
import { notInFuture, requiredText } from "../validation/fields";
import { territoryOf } from "../validation/regions";
import { AGENT_IMPORT_COLUMNS, MAX_AGENT_IMPORT_ROWS } from "./agent-import.types";
import { rejoinChecker } from "../lifecycle/agent-rules";

export interface OfficeFacts {
  id: number;
  name: string;
  status: string;
  regionCode: string;
  establishedOn: string;
}

/** A candidate agent ready to be written; the agent number is drawn when it is written. */
export interface AgentDraft {
  office: OfficeFacts;
  name: string;
  nik: string;
  phone: string;
  umkmId: number | null;
  territory: string[];
  appointedOn: string;
}

export interface CheckedAgentFile {
  rowCount: number;
  errors: RowErrors;
  drafts: AgentDraft[];
}

interface Known {
  officesById: Map<number, OfficeFacts>;
  officesByName: Map<string, OfficeFacts[]>;
  /** NIK → number of the agent that person serves as now. */
  servingByNik: Map<string, string>;
  /** NIK → the day of the person's latest termination. */
  terminatedOn: Map<string, string>;
  /** UMKM row id → keyed hash of its owner's NIK (okoce publishes no NIK in clear). */
  umkmOwners: Map<number, string>;
  /** UMKM row id → number of the serving agent who owns it. */
  servingByUmkm: Map<number, string>;
}

const arrayLiteral = (values: Iterable<string | number>) =>
  `{${[...values].map((value) => `"${String(value).replace(/["\\]/g, "\\$&")}"`).join(",")}}`;

async function lookUp(em: Em, rows: readonly CsvRow[]): Promise<Known> {
  const niks = new Set<string>();
  const umkmIds = new Set<number>();
  for (const row of rows) {
    if (/^\d{16}$/.test(row.value("nik"))) niks.add(row.value("nik"));
    const umkmId = localIdOf(row.value("umkmId"), "Umkm");
    if (umkmId !== null) umkmIds.add(umkmId);
  }
  const connection = em.getConnection();
  const [offices, serving, terminated, umkm] = await Promise.all([
    connection.execute<{ id: number; name: string; status: string; region_code: string; established_on: string }[]>(
      'select "id", "name", "status", "region_code", to_char("established_on", \'YYYY-MM-DD\') as "established_on" from "perisai"."perisai_office"',
    ),
    connection.execute<{ nik: string; umkm_id: number | null; agent_number: string }[]>(
      `select "nik", "umkm_id", "agent_number" from "perisai"."agent"
       where "status" <> 'TERMINATED' and ("nik" = any(?::text[]) or "umkm_id" = any(?::int[]))`,
      [arrayLiteral(niks), arrayLiteral(umkmIds)],
    ),
    connection.execute<{ nik: string; terminated_on: string }[]>(
      `select agent."nik", to_char(max(change."effective_on"), 'YYYY-MM-DD') as "terminated_on"
       from "perisai"."agent_status_change" change join "perisai"."agent" agent on agent."id" = change."agent_id"
       where agent."nik" = any(?::text[]) and change."to_status" = 'TERMINATED' group by agent."nik"`,
      [arrayLiteral(niks)],
    ),
    connection.execute<{ id: number; owner_nik_hash: string }[]>(
      'select "id", "owner_nik_hash" from "okoce"."published_umkm" where "id" = any(?::int[])',
      [arrayLiteral(umkmIds)],
    ),
  ]);
  const known: Known = {
    officesById: new Map(),
    officesByName: new Map(),
    servingByNik: new Map(),
    terminatedOn: new Map(terminated.map((row) => [row.nik, row.terminated_on])),
    umkmOwners: new Map(umkm.map((row) => [row.id, row.owner_nik_hash])),
    servingByUmkm: new Map(),
  };
  for (const row of offices) {
    const office = {
      id: row.id,
      name: row.name,
      status: row.status,
      regionCode: row.region_code,
      establishedOn: row.established_on,
    };
    known.officesById.set(office.id, office);
    const key = office.name.trim().toLowerCase();
    known.officesByName.set(key, [...(known.officesByName.get(key) ?? []), office]);
  }
  for (const row of serving) {
    if (niks.has(row.nik)) known.servingByNik.set(row.nik, row.agent_number);
    if (row.umkm_id !== null) known.servingByUmkm.set(row.umkm_id, row.agent_number);
  }
  return known;
}

/** The office a row names by ID or exact name; like appointAgent, scope first, then whether it takes agents. */
function officeOf(viewer: Viewer, problems: Problems, text: string, known: Known): OfficeFacts | null {
  if (!text) {
    problems.add("office", "office is required (the Kantor Perisai's ID or exact name)", UserErrorCode.REQUIRED);
    return null;
  }
  const id = localIdOf(text, "PerisaiOffice");
  const candidates =
    id !== null
      ? [known.officesById.get(id)].filter((office) => office !== undefined)
      : (known.officesByName.get(text.toLowerCase()) ?? []);
  const managed = candidates.filter((office) => canManagePerisaiOffice(viewer, office.id));
  if (candidates.length > 0 && managed.length === 0) {
    problems.add("office", "This Kantor Perisai is outside your part of the network", UserErrorCode.FORBIDDEN);
    return null;
  }
  if (managed.length === 0) {
    problems.add("office", `No Kantor Perisai has the ID or name "${text}"`, UserErrorCode.NOT_FOUND);
    return null;
  }
  if (managed.length > 1) {
    problems.add(
      "office",
      `${managed.length} offices are named "${text}": write the office's ID`,
      UserErrorCode.INVALID,
    );
    return null;
  }
  const office = managed[0];
  if (office.status !== "ACTIVE") {
    problems.add(
      "office",
      `${office.name} is ${office.status}; only an ACTIVE Kantor Perisai takes agents in`,
      UserErrorCode.INVALID_TRANSITION,
    );
  }
  return office;
}

type RejoinCheck = Awaited<ReturnType<typeof rejoinChecker>>;

async function checkRow(em: Em, viewer: Viewer, row: CsvRow, known: Known, today: string, rejoin: RejoinCheck) {
  const problems = new Problems();
  const office = officeOf(viewer, problems, row.value("office"), known);
  const name = requiredText(problems, "name", row.value("name"));
  const nikText = row.value("nik");
  const parsedNik = await parseRealNik(em, nikText);
  if (!parsedNik.ok) problems.add("nik", parsedNik.reason, UserErrorCode.INVALID);
  const nik = parsedNik.ok ? nikText : null;
  const phone = validPhone(problems, row.value("phone"));
  const appointedText = row.value("appointedOn");
  const appointedOn = appointedText === "" ? today : parseCsvDate(appointedText);
  if (appointedOn === undefined) {
    problems.add("appointedOn", "Write the appointment date as YYYY-MM-DD or DD/MM/YYYY", UserErrorCode.INVALID);
  } else {
    notInFuture(problems, "appointedOn", appointedOn, today);
    if (office && appointedOn < office.establishedOn) {
      problems.add(
        "appointedOn",
        `${office.name} was only established on ${office.establishedOn}`,
        UserErrorCode.OUT_OF_RANGE,
      );
    }
  }
  if (nik) {
    const serving = known.servingByNik.get(nik);
    if (serving) problems.add("nik", `This person already serves as agent ${serving}`, UserErrorCode.TAKEN);
    const refusal = !serving && appointedOn ? rejoin(known.terminatedOn.get(nik) ?? null, appointedOn) : null;
    if (refusal) problems.add("nik", refusal.message, refusal.code);
  }
  const umkmText = row.value("umkmId");
  let umkmId: number | null = null;
  if (umkmText) {
    umkmId = localIdOf(umkmText, "Umkm");
    const owner = umkmId === null ? undefined : known.umkmOwners.get(umkmId);
    if (umkmId === null) problems.add("umkmId", "umkmId is not a valid Umkm ID", UserErrorCode.INVALID);
    else if (owner === undefined)
      problems.add("umkmId", "No UMKM in the OK OCE registry has this ID", UserErrorCode.NOT_FOUND);
    else {
      if (nik && owner !== nikHash(nik)) {
        problems.add(
          "umkmId",
          "This UMKM is registered to another owner; an agent's UMKM is one they own",
          UserErrorCode.INVALID,
        );
      }
      const ownerAgent = known.servingByUmkm.get(umkmId);
      if (ownerAgent) problems.add("umkmId", `This UMKM already belongs to agent ${ownerAgent}`, UserErrorCode.TAKEN);
    }
  }
  const codes = row
    .value("territory")
    .split(/[\s|,;]+/)
    .filter(Boolean);
  const territory = await territoryOf(em, problems, codes, office?.regionCode ?? null);
  const draft: AgentDraft | null =
    office && nik && phone && appointedOn ? { office, name, nik, phone, umkmId, territory, appointedOn } : null;
  return { draft, problems };
}

/**
 * Checks every row of an agent file with appointAgent's rules (offices the viewer manages, real NIKs, one
 * serving agency per person, the UMKM owned…), and duplicates within the file. Writes nothing.
 */
export async function checkAgentFile(em: Em, viewer: Viewer, csv: string): Promise<CheckedAgentFile> {
  const errors = new RowErrors();
  const rows = readCsvRows(csv, AGENT_IMPORT_COLUMNS, errors);
  if (rows.length > MAX_AGENT_IMPORT_ROWS) {
    errors.add(
      rows[MAX_AGENT_IMPORT_ROWS].line,
      null,
      `A file may hold at most ${MAX_AGENT_IMPORT_ROWS.toLocaleString("en")} agents; split it`,
      UserErrorCode.OUT_OF_RANGE,
    );
    return { rowCount: rows.length, errors, drafts: [] };
  }
  const known = await lookUp(em, rows);
  // The dated agent rule in force on each appointment date decides how long a terminated agent waits.
  const rejoin = await rejoinChecker(em);
  const today = jakartaToday();
  const niks = new FirstSeen();
  const umkm = new FirstSeen();
  const drafts: AgentDraft[] = [];
  for (const [index, row] of rows.entries()) {
    if (index % ROWS_PER_YIELD === ROWS_PER_YIELD - 1) await yieldToEventLoop();
    const { draft, problems } = await checkRow(em, viewer, row, known, today, rejoin);
    const nik = row.value("nik");
    const sameNik = nik ? niks.check(nik, row.line) : undefined;
    if (sameNik !== undefined) problems.add("nik", `Line ${sameNik} appoints the same person`, UserErrorCode.TAKEN);
    const sameUmkm = draft?.umkmId ? umkm.check(String(draft.umkmId), row.line) : undefined;
    if (sameUmkm !== undefined) problems.add("umkmId", `Line ${sameUmkm} names the same UMKM`, UserErrorCode.TAKEN);
    const rowProblems = problemsOf(problems);
    if (rowProblems.length) errors.addUserErrors(row.line, rowProblems, (field) => field.split(".")[0] || null);
    else if (draft) drafts.push(draft);
  }
  return { rowCount: rows.length, errors, drafts };
}
