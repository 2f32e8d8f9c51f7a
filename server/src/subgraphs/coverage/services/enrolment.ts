import { parseRealNik } from "../../../shared/validation/real-nik";
import { auditSnapshot } from "../../../shared/audit/audit";
import { Role } from "../../../shared/auth/role";
import type { Viewer } from "../../../shared/auth/viewer";
import type { Em } from "../../../shared/db/orm";
import { RegionDirectory } from "../../../shared/db/region-directory";
import { localIdOf } from "../../../shared/graphql/global-id";
import { Problems } from "../../../shared/graphql/mutation";
import { UserErrorCode } from "../../../shared/graphql/user-error";
import type { ParsedNik } from "../../../shared/validation/nik";
import { normalisePhone } from "../../../shared/validation/phone";
import { mayAttachUmkm, mayEnrolThrough } from "../access/permissions";
import type { ContributionAmounts } from "../domain/contribution-rates";
import { canonicalPrograms, MAXIMUM_DECLARED_INCOME, missingMandatoryPrograms } from "../domain/enrolment-rules";
import { formatRupiah } from "../domain/rupiah";
import { Participant } from "../entities/participant.entity";
import { Sex } from "../entities/sex";
import type { EnrollParticipantInput } from "../inputs/enroll-participant.input";
import { PublishedRecords, type PublishedAgent, type PublishedUmkm } from "../repositories/published-records";
import type { RateBook } from "../repositories/rate-book";
import { nextParticipantNumbers } from "../repositories/row-numbers";
import { audit, PARTICIPANT_AUDIT_FIELDS, participantPlace } from "./audit-trail";

const MAX_NAME_LENGTH = 120;

export interface Enrolment {
  participant: Participant;
  monthlyContribution: ContributionAmounts;
}

/**
 * Enrols a BPU participant. Every rule is checked before anything is written, and all problems are
 * reported together, so the agent can fix the whole form at once. The agent and the UMKM must be in the
 * viewer's part of the network; when they are not, that is the only answer, so a refused caller learns
 * nothing else from the form (such as whether a NIK is enrolled).
 */
export async function enrol(
  em: Em,
  book: RateBook,
  input: EnrollParticipantInput,
  today: string,
  viewer: Viewer,
): Promise<Enrolment> {
  const problems = new Problems();
  const agent = await checkAgent(em, input.agentId, problems);
  const umkm = await checkUmkm(em, input.umkmId, problems);
  checkAccess(viewer, agent, umkm);
  const nik = await checkNik(em, input.nik.trim(), problems);
  const name = input.name.trim().replace(/\s+/g, " ");
  if (!name) problems.add("name", "Name is required", UserErrorCode.REQUIRED);
  else if (name.length > MAX_NAME_LENGTH) {
    problems.add("name", `Name must be at most ${MAX_NAME_LENGTH} characters`, UserErrorCode.OUT_OF_RANGE);
  }
  const phone = input.phone?.trim() ? normalisePhone(input.phone) : null;
  if (input.phone?.trim() && !phone) {
    problems.add(
      "phone",
      "Phone must be an Indonesian number, e.g. 0812-3456-7890 or +62 812 3456 7890",
      UserErrorCode.INVALID,
    );
  }
  const registeredOn = input.registeredOn ?? today;
  checkIncome(book, input.declaredIncome, registeredOn, today, problems);
  const programs = canonicalPrograms(input.programs);
  const missing = missingMandatoryPrograms(programs);
  if (missing.length) {
    problems.add(
      "programs",
      `Programs must include ${missing.join(" and ")}: JKK and JKM are mandatory for BPU participants, JHT is optional`,
      UserErrorCode.INVALID,
    );
  }
  await checkKecamatan(em, input.kecamatanCode.trim(), problems);
  problems.throwIfAny();

  // The row goes in last, after its audit entry: inserting it runs the rollup triggers, which lock the
  // region's, agent's, office's and month's rollup rows until commit, and enrolments queued on those rows
  // should wait for one commit each, not for a further round trip as well.
  const participant = em.create(Participant, {
    ...(await nextParticipantNumbers(em)),
    nik: input.nik.trim(),
    name,
    birthDate: nik!.birthDate,
    sex: nik!.sex === "FEMALE" ? Sex.FEMALE : Sex.MALE,
    phone,
    declaredIncome: input.declaredIncome,
    programs,
    districtCode: input.kecamatanCode.trim(),
    umkmId: umkm?.id ?? null,
    agentId: agent!.id,
    officeId: agent!.officeId,
    registeredOn,
  });
  await audit(em, viewer, {
    action: "enrollParticipant",
    objectType: "Participant",
    objectId: participant.globalId,
    after: auditSnapshot(participant, PARTICIPANT_AUDIT_FIELDS),
    scope: participantPlace(participant),
  });
  await em.flush();
  return { participant, monthlyContribution: book.compute(input.declaredIncome, programs, registeredOn) };
}

function checkAccess(viewer: Viewer, agent: PublishedAgent | null, umkm: PublishedUmkm | null): void {
  const refusals = new Problems();
  if (agent && !mayEnrolThrough(viewer, agent)) {
    refusals.add(
      "agentId",
      `This agent is outside your part of the network: enrol through ${
        viewer.is(Role.AGENT) ? "yourself" : "an agent of your offices"
      }`,
      UserErrorCode.FORBIDDEN,
    );
  }
  if (umkm && !mayAttachUmkm(viewer, umkm)) {
    refusals.add("umkmId", "This UMKM is outside your territory", UserErrorCode.FORBIDDEN);
  }
  refusals.throwIfAny();
}

async function checkNik(em: Em, nik: string, problems: Problems): Promise<ParsedNik | null> {
  const parsed = await parseRealNik(em, nik);
  if (!parsed.ok) {
    problems.add("nik", parsed.reason, UserErrorCode.INVALID);
    return null;
  }
  if ((await em.count(Participant, { nik })) > 0) {
    problems.add("nik", "This NIK is already enrolled: one person, one participant", UserErrorCode.TAKEN);
  }
  return parsed.value;
}

function checkIncome(book: RateBook, income: number, registeredOn: string, today: string, problems: Problems): void {
  if (registeredOn > today) {
    problems.add(
      "registeredOn",
      `Registration date ${registeredOn} is in the future (today is ${today} in Asia/Jakarta)`,
      UserErrorCode.OUT_OF_RANGE,
    );
  }
  const policy = book.policyOn(registeredOn);
  if (!policy) {
    problems.add("registeredOn", `No contribution rules are in force on ${registeredOn}`, UserErrorCode.OUT_OF_RANGE);
  } else if (income < policy.minimumIncome) {
    problems.add(
      "declaredIncome",
      `Declared income must be at least ${formatRupiah(policy.minimumIncome)} a month (the minimum in force on ${registeredOn})`,
      UserErrorCode.OUT_OF_RANGE,
    );
  }
  if (income > MAXIMUM_DECLARED_INCOME) {
    problems.add(
      "declaredIncome",
      `Declared income must be at most ${formatRupiah(MAXIMUM_DECLARED_INCOME)} a month`,
      UserErrorCode.OUT_OF_RANGE,
    );
  }
}

async function checkKecamatan(em: Em, code: string, problems: Problems): Promise<void> {
  const region = await RegionDirectory.find(em, code);
  if (!region) problems.add("kecamatanCode", `No region has the code "${code}"`, UserErrorCode.NOT_FOUND);
  else if (region.level !== "DISTRICT") {
    problems.add(
      "kecamatanCode",
      `${code} (${region.name}) is a ${region.level.toLowerCase()}, not a kecamatan`,
      UserErrorCode.INVALID,
    );
  }
}

async function checkAgent(em: Em, agentId: string, problems: Problems): Promise<PublishedAgent | null> {
  const id = localIdOf(agentId, "Agent");
  if (id === null) {
    problems.add("agentId", "This is not an Agent ID", UserErrorCode.INVALID);
    return null;
  }
  const agent = await PublishedRecords.agent(em, id);
  if (!agent) problems.add("agentId", "No agent has this ID", UserErrorCode.NOT_FOUND);
  else if (agent.status !== "ACTIVE") {
    problems.add(
      "agentId",
      `Agent ${agent.agentNumber} is ${agent.status}; only an ACTIVE agent may enrol participants`,
      UserErrorCode.INVALID_TRANSITION,
    );
  }
  return agent;
}

async function checkUmkm(em: Em, umkmId: string | null | undefined, problems: Problems): Promise<PublishedUmkm | null> {
  if (!umkmId) return null;
  const id = localIdOf(umkmId, "Umkm");
  if (id === null) {
    problems.add("umkmId", "This is not a UMKM ID", UserErrorCode.INVALID);
    return null;
  }
  const umkm = await PublishedRecords.umkm(em, id);
  if (!umkm) problems.add("umkmId", "No UMKM has this ID", UserErrorCode.NOT_FOUND);
  return umkm;
}
