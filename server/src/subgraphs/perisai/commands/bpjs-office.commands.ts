import { ref } from "@mikro-orm/core";
import type { Viewer } from "../../../shared/auth/viewer";
import type { Em } from "../../../shared/db/orm";
import { Problems, assertVersion } from "../../../shared/graphql/mutation";
import { UserErrorCode } from "../../../shared/graphql/user-error";
import { SUPERVISING_KINDS, childrenProblem, parentProblem } from "../domain/bpjs-office-hierarchy";
import { BpjsOfficeKind } from "../entities/bpjs-office-kind";
import { BpjsOffice } from "../entities/bpjs-office.entity";
import { PerisaiOffice } from "../entities/perisai-office.entity";
import type { CreateBpjsOfficeInput } from "../inputs/create-bpjs-office.input";
import type { UpdateBpjsOfficeInput } from "../inputs/update-bpjs-office.input";
import { given, optionalText, requiredText } from "../validation/fields";
import { officeRegion } from "../validation/regions";
import { auditedValues, recordChange } from "./audit-trail";
import { findReferenced, requireTarget } from "./lookups";

export async function createBpjsOffice(em: Em, viewer: Viewer, input: CreateBpjsOfficeInput): Promise<BpjsOffice> {
  const problems = new Problems();
  const name = requiredText(problems, "name", input.name);
  const headName = requiredText(problems, "headName", input.headName);
  const address = optionalText(problems, "address", input.address);
  const region = await officeRegion(em, problems, "regionCode", input.regionCode);
  const parent = input.parentId ? await findReferenced(em, problems, "parentId", BpjsOffice, input.parentId) : null;
  if (!input.parentId || parent) checkParent(problems, input.kind, parent);
  await checkSinglePusat(em, problems, input.kind, null);
  problems.throwIfAny();
  const office = em.create(BpjsOffice, {
    kind: input.kind,
    name,
    parent: parent ? ref(parent) : null,
    regionCode: region!.code,
    headName,
    address,
  });
  await recordChange(em, viewer, "createBpjsOffice", office, null);
  return office;
}

export async function updateBpjsOffice(em: Em, viewer: Viewer, input: UpdateBpjsOfficeInput): Promise<BpjsOffice> {
  const office = await requireTarget(em, "id", BpjsOffice, input.id);
  assertVersion(office.version, input.expectedVersion);
  const before = auditedValues(office);
  const problems = new Problems();
  const kind = input.kind ?? office.kind;
  let parent: BpjsOffice | null = office.parent ? await em.findOne(BpjsOffice, office.parent.id) : null;
  if (given(input.parentId)) {
    parent = input.parentId ? await findReferenced(em, problems, "parentId", BpjsOffice, input.parentId) : null;
  }
  if (!input.parentId || parent) checkParent(problems, kind, parent);
  if (kind !== office.kind) await checkKindChange(em, problems, office, kind);
  if (given(input.name)) office.name = requiredText(problems, "name", input.name);
  if (given(input.headName)) office.headName = requiredText(problems, "headName", input.headName);
  if (given(input.address)) office.address = optionalText(problems, "address", input.address);
  if (given(input.regionCode)) {
    const region = await officeRegion(em, problems, "regionCode", input.regionCode);
    if (region) office.regionCode = region.code;
  }
  problems.throwIfAny();
  office.kind = kind;
  office.parent = parent ? ref(parent) : null;
  await recordChange(em, viewer, "updateBpjsOffice", office, before);
  return office;
}

function checkParent(problems: Problems, kind: BpjsOfficeKind, parent: BpjsOffice | null): void {
  const problem = parentProblem(kind, parent?.kind ?? null);
  if (problem) problems.add("parentId", problem, UserErrorCode.INVALID);
}

/** BPJAMSOSTEK has one head office. */
async function checkSinglePusat(
  em: Em,
  problems: Problems,
  kind: BpjsOfficeKind,
  officeId: number | null,
): Promise<void> {
  if (kind !== BpjsOfficeKind.PUSAT) return;
  const existing = await em.findOne(BpjsOffice, {
    kind: BpjsOfficeKind.PUSAT,
    ...(officeId ? { id: { $ne: officeId } } : {}),
  });
  if (existing) problems.add("kind", `There is already a Kantor Pusat: ${existing.name}`, UserErrorCode.TAKEN);
}

/** A new kind must still fit the offices below it and the Kantor Perisai the office supervises. */
async function checkKindChange(em: Em, problems: Problems, office: BpjsOffice, kind: BpjsOfficeKind): Promise<void> {
  await checkSinglePusat(em, problems, kind, office.id);
  const children = await em.find(BpjsOffice, { parent: office.id }, { fields: ["kind"] });
  const childProblem = childrenProblem(
    kind,
    children.map((child) => child.kind),
  );
  if (childProblem) problems.add("kind", childProblem, UserErrorCode.INVALID);
  if (!SUPERVISING_KINDS.includes(kind)) {
    const supervised = await em.count(PerisaiOffice, { supervisingBranch: office.id });
    if (supervised > 0) {
      problems.add(
        "kind",
        `This office supervises ${supervised} Kantor Perisai, and only a ${SUPERVISING_KINDS.join(" or ")} may; move them first`,
        UserErrorCode.INVALID,
      );
    }
  }
}
