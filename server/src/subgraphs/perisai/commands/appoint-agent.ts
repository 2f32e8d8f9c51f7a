import { nikHash } from "../../../shared/privacy/nik-hash";
import { parseRealNik } from "../../../shared/validation/real-nik";
import { ref } from "@mikro-orm/core";
import type { Viewer } from "../../../shared/auth/viewer";
import type { Em } from "../../../shared/db/orm";
import { Problems } from "../../../shared/graphql/mutation";
import { UserErrorCode } from "../../../shared/graphql/user-error";
import { normalisePhone } from "../../../shared/validation/phone";
import { jakartaToday } from "../../../shared/calendar";
import { AgentStatus } from "../entities/agent-status";
import { Agent } from "../entities/agent.entity";
import { PerisaiOfficeStatus } from "../entities/perisai-office-status";
import { PerisaiOffice } from "../entities/perisai-office.entity";
import type { AppointAgentInput } from "../inputs/appoint-agent.input";
import type { AgentStatusResult } from "../resolvers/payloads";
import { notInFuture, requiredText, rowIdOf } from "../validation/fields";
import { findUmkm } from "../validation/okoce-directory";
import { territoryOf } from "../validation/regions";
import { rejoinRefusal } from "../lifecycle/agent-rules";
import { recordStatusChange } from "./agent-history";
import { nextAgentNumber } from "./agent-numbers";
import { requireManagedOfficeId } from "./access";
import { recordChange } from "./audit-trail";
import { findReferenced } from "./lookups";

/** Appoints a candidate agent in an active office: number generated, first history line written. */
export async function appointAgent(em: Em, viewer: Viewer, input: AppointAgentInput): Promise<AgentStatusResult> {
  requireManagedOfficeId(viewer, input.officeId, "officeId", "This Kantor Perisai");
  const problems = new Problems();
  const office = await activeOffice(em, problems, "officeId", input.officeId);
  const name = requiredText(problems, "name", input.name);
  const nik = await validNik(em, problems, input.nik);
  const phone = validPhone(problems, input.phone);
  const appointedOn = notInFuture(problems, "appointedOn", input.appointedOn ?? jakartaToday(), jakartaToday());
  if (office && appointedOn < office.establishedOn) {
    problems.add(
      "appointedOn",
      `${office.name} was only established on ${office.establishedOn}`,
      UserErrorCode.OUT_OF_RANGE,
    );
  }
  if (nik) await checkPerson(em, problems, nik, appointedOn);
  const umkmId = input.umkmId ? await ownedUmkm(em, problems, input.umkmId, nik) : null;
  const territory = await territoryOf(em, problems, input.territory, office?.regionCode ?? null);
  problems.throwIfAny();
  const agent = em.create(Agent, {
    agentNumber: await nextAgentNumber(em, office!.regionCode),
    name,
    nik: nik!,
    phone: phone!,
    umkmId,
    office: ref(office!),
    territory,
    status: AgentStatus.CANDIDATE,
    appointedOn,
  });
  const statusChange = recordStatusChange(
    em,
    agent,
    null,
    appointedOn,
    `Diangkat sebagai calon Agen Perisai di ${office!.name}`,
  );
  await recordChange(em, viewer, "appointAgent", agent, null);
  return { agent, statusChange };
}

/** Agents join through an office (DESIGN §3), and only an active one takes agents in. */
export async function activeOffice(
  em: Em,
  problems: Problems,
  field: string,
  officeId: string,
): Promise<PerisaiOffice | null> {
  const office = await findReferenced(em, problems, field, PerisaiOffice, officeId);
  if (office && office.status !== PerisaiOfficeStatus.ACTIVE) {
    problems.add(
      field,
      `${office.name} is ${office.status}; only an ACTIVE Kantor Perisai takes agents in`,
      UserErrorCode.INVALID_TRANSITION,
    );
  }
  return office;
}

export function validPhone(problems: Problems, input: string): string | null {
  const phone = normalisePhone(input ?? "");
  if (!phone)
    problems.add(
      "phone",
      "phone must be an Indonesian number, e.g. 0812-3456-7890 or +62 778 123456",
      UserErrorCode.INVALID,
    );
  return phone;
}

async function validNik(em: Em, problems: Problems, input: string): Promise<string | null> {
  const nik = (input ?? "").trim();
  const parsed = await parseRealNik(em, nik);
  if (!parsed.ok) {
    problems.add("nik", parsed.reason, UserErrorCode.INVALID);
    return null;
  }
  return nik;
}

/** One serving agency per person; a terminated person waits before being appointed again. */
async function checkPerson(em: Em, problems: Problems, nik: string, appointedOn: string): Promise<void> {
  const serving = await em.findOne(Agent, { nik, status: { $ne: AgentStatus.TERMINATED } });
  if (serving) {
    problems.add("nik", `This person already serves as agent ${serving.agentNumber}`, UserErrorCode.TAKEN);
    return;
  }
  const refusal = await rejoinRefusal(em, nik, appointedOn);
  if (refusal) problems.add(refusal.field, refusal.message, refusal.code);
}

/** The UMKM must be in the okoce registry, owned by this person, and not already another agent's. */
async function ownedUmkm(em: Em, problems: Problems, umkmGlobalId: string, nik: string | null): Promise<number | null> {
  const id = rowIdOf(problems, "umkmId", umkmGlobalId, "Umkm");
  if (id === null) return null;
  const umkm = await findUmkm(em, id);
  if (!umkm) {
    problems.add("umkmId", "No UMKM in the OK OCE registry has this ID", UserErrorCode.NOT_FOUND);
    return null;
  }
  if (nik && umkm.ownerNikHash !== nikHash(nik)) {
    problems.add(
      "umkmId",
      "This UMKM is registered to another owner; an agent's UMKM is one they own",
      UserErrorCode.INVALID,
    );
  }
  const owner = await em.findOne(Agent, { umkmId: id, status: { $ne: AgentStatus.TERMINATED } });
  if (owner) problems.add("umkmId", `This UMKM already belongs to agent ${owner.agentNumber}`, UserErrorCode.TAKEN);
  return id;
}
