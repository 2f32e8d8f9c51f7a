import { ref } from "@mikro-orm/core";
import { Role } from "../../../shared/auth/role";
import type { Viewer } from "../../../shared/auth/viewer";
import type { Em } from "../../../shared/db/orm";
import { Problems, assertVersion } from "../../../shared/graphql/mutation";
import { UserErrorCode } from "../../../shared/graphql/user-error";
import { perisaiOfficeRefusals } from "../domain/access-rules";
import { SUPERVISING_KINDS } from "../domain/bpjs-office-hierarchy";
import { jakartaToday } from "../../../shared/calendar";
import { INITIAL_STATUSES, closingProblem, createsCycle, statusChangeProblem } from "../domain/perisai-office-tree";
import { AgentStatus } from "../entities/agent-status";
import { Agent } from "../entities/agent.entity";
import { BpjsOffice } from "../entities/bpjs-office.entity";
import { Mou } from "../entities/mou.entity";
import { PerisaiOfficeStatus } from "../entities/perisai-office-status";
import { PerisaiOffice } from "../entities/perisai-office.entity";
import type { CreatePerisaiOfficeInput } from "../inputs/create-perisai-office.input";
import type { UpdatePerisaiOfficeInput } from "../inputs/update-perisai-office.input";
import { given, nonNegativeCount, notInFuture, optionalText, requiredText } from "../validation/fields";
import { existingChapterId } from "../validation/okoce-directory";
import { officeRegion } from "../validation/regions";
import { officePlacementOf, requireManagedOffice, requireManagedOfficeId, throwRefusals } from "./access";
import { auditedValues, recordChange } from "./audit-trail";
import { findReferenced, requireTarget } from "./lookups";

const PARENT = "The parent office";
const TOP_OF_TREE = {
  field: "parentId",
  message: "Only a national coordinator opens an office at the top of the tree; give a parent office of yours",
  code: UserErrorCode.FORBIDDEN,
};

export async function createPerisaiOffice(
  em: Em,
  viewer: Viewer,
  input: CreatePerisaiOfficeInput,
): Promise<PerisaiOffice> {
  if (!viewer.is(Role.NATIONAL_COORDINATOR)) {
    // An office admin opens offices only below one of their own.
    if (!input.parentId) throwRefusals([TOP_OF_TREE]);
    else requireManagedOfficeId(viewer, input.parentId, "parentId", PARENT);
  }
  const problems = new Problems();
  const name = requiredText(problems, "name", input.name);
  const address = optionalText(problems, "address", input.address);
  const region = await officeRegion(em, problems, "regionCode", input.regionCode);
  const parent = input.parentId ? await openParent(em, problems, input.parentId) : null;
  const hostChapterId = input.hostChapterId
    ? await existingChapterId(em, problems, "hostChapterId", input.hostChapterId)
    : null;
  const branch = await supervisingBranch(em, problems, input.supervisingBranchId);
  const mou = input.mouId ? await findReferenced(em, problems, "mouId", Mou, input.mouId) : null;
  if (!INITIAL_STATUSES.includes(input.status)) {
    problems.add("status", `A new office starts as ${INITIAL_STATUSES.join(" or ")}`, UserErrorCode.INVALID);
  }
  if (input.pioneer) await checkSinglePioneer(em, problems, null);
  nonNegativeCount(problems, "monthlyTarget", input.monthlyTarget);
  notInFuture(problems, "establishedOn", input.establishedOn, jakartaToday());
  problems.throwIfAny();
  const proposed = {
    parentId: parent?.id ?? null,
    regionCode: region!.code,
    pioneer: input.pioneer,
    supervisingBranchId: branch!.id,
    mouId: mou?.id ?? null,
  };
  throwRefusals(perisaiOfficeRefusals(viewer, proposed, null, parent && officePlacementOf(parent)));
  const office = em.create(PerisaiOffice, {
    name,
    parent: parent ? ref(parent) : null,
    regionCode: region!.code,
    hostChapterId,
    supervisingBranch: ref(branch!),
    mou: mou ? ref(mou) : null,
    status: input.status,
    pioneer: input.pioneer,
    monthlyTarget: input.monthlyTarget,
    establishedOn: input.establishedOn,
    address,
  });
  await recordChange(em, viewer, "createPerisaiOffice", office, null);
  return office;
}

export async function updatePerisaiOffice(
  em: Em,
  viewer: Viewer,
  input: UpdatePerisaiOfficeInput,
): Promise<PerisaiOffice> {
  const office = await requireTarget(em, "id", PerisaiOffice, input.id);
  requireManagedOffice(viewer, office.id, "id", "This Kantor Perisai");
  assertVersion(office.version, input.expectedVersion);
  const before = auditedValues(office);
  const placement = officePlacementOf(office);
  const problems = new Problems();
  if (given(input.name)) office.name = requiredText(problems, "name", input.name);
  if (given(input.address)) office.address = optionalText(problems, "address", input.address);
  if (given(input.regionCode)) {
    const region = await officeRegion(em, problems, "regionCode", input.regionCode);
    if (region) office.regionCode = region.code;
  }
  if (given(input.parentId)) await changeParent(em, problems, office, input.parentId);
  if (given(input.hostChapterId))
    office.hostChapterId = input.hostChapterId
      ? await existingChapterId(em, problems, "hostChapterId", input.hostChapterId)
      : null;
  if (given(input.supervisingBranchId)) {
    const branch = await supervisingBranch(em, problems, input.supervisingBranchId);
    if (branch) office.supervisingBranch = ref(branch);
  }
  if (given(input.mouId)) {
    const mou = input.mouId ? await findReferenced(em, problems, "mouId", Mou, input.mouId) : null;
    office.mou = mou ? ref(mou) : null;
  }
  if (given(input.status)) await changeStatus(em, problems, office, input.status);
  if (input.pioneer === true && !office.pioneer) await checkSinglePioneer(em, problems, office.id);
  if (given(input.pioneer)) office.pioneer = input.pioneer;
  if (given(input.monthlyTarget))
    office.monthlyTarget = nonNegativeCount(problems, "monthlyTarget", input.monthlyTarget);
  if (given(input.establishedOn))
    office.establishedOn = notInFuture(problems, "establishedOn", input.establishedOn, jakartaToday());
  problems.throwIfAny();
  throwRefusals(perisaiOfficeRefusals(viewer, officePlacementOf(office), placement, null));
  await recordChange(em, viewer, "updatePerisaiOffice", office, before);
  return office;
}

/** A parent office must exist and still be open. */
async function openParent(em: Em, problems: Problems, parentId: string): Promise<PerisaiOffice | null> {
  const parent = await findReferenced(em, problems, "parentId", PerisaiOffice, parentId);
  if (parent?.status === PerisaiOfficeStatus.CLOSED) {
    problems.add("parentId", `${parent.name} is closed; choose an open parent office`, UserErrorCode.INVALID);
  }
  return parent;
}

async function changeParent(em: Em, problems: Problems, office: PerisaiOffice, parentId: string | null): Promise<void> {
  if (!parentId) {
    office.parent = null;
    return;
  }
  const parent = await openParent(em, problems, parentId);
  if (!parent) return;
  if (createsCycle(office.id, [parent.id, ...(await ancestorIdsOf(em, parent.id))])) {
    problems.add(
      "parentId",
      `${parent.name} is ${office.name} itself or lies below it; the tree cannot loop`,
      UserErrorCode.INVALID,
    );
    return;
  }
  office.parent = ref(parent);
}

/** Ids above an office, read inside the mutation's transaction. */
async function ancestorIdsOf(em: Em, officeId: number): Promise<number[]> {
  const rows = await em.execute<{ id: number }[]>(
    `with recursive chain ("id", "parent_id", "depth") as (
       select "id", "parent_id", 0 from "perisai"."perisai_office" where "id" = ?
       union all
       select office."id", office."parent_id", chain."depth" + 1
       from chain join "perisai"."perisai_office" office on office."id" = chain."parent_id" where chain."depth" < 64
     )
     select "id" from chain where "depth" > 0`,
    [officeId],
  );
  return rows.map((row) => row.id);
}

async function changeStatus(
  em: Em,
  problems: Problems,
  office: PerisaiOffice,
  status: PerisaiOfficeStatus,
): Promise<void> {
  const problem = statusChangeProblem(office.status, status);
  if (problem) {
    problems.add("status", problem, UserErrorCode.INVALID_TRANSITION);
    return;
  }
  if (status === PerisaiOfficeStatus.CLOSED && office.status !== PerisaiOfficeStatus.CLOSED) {
    const serving = await em.count(Agent, { office: office.id, status: { $ne: AgentStatus.TERMINATED } });
    const closing = closingProblem(serving);
    if (closing) problems.add("status", closing, UserErrorCode.INVALID_TRANSITION);
  }
  office.status = status;
}

async function supervisingBranch(em: Em, problems: Problems, branchId: string): Promise<BpjsOffice | null> {
  const branch = await findReferenced(em, problems, "supervisingBranchId", BpjsOffice, branchId);
  if (branch && !SUPERVISING_KINDS.includes(branch.kind)) {
    problems.add(
      "supervisingBranchId",
      `A Kantor Perisai is supervised by a ${SUPERVISING_KINDS.join(" or ")} office; ${branch.name} is a ${branch.kind}`,
      UserErrorCode.INVALID,
    );
  }
  return branch;
}

async function checkSinglePioneer(em: Em, problems: Problems, officeId: number | null): Promise<void> {
  const pioneer = await em.findOne(PerisaiOffice, { pioneer: true, ...(officeId ? { id: { $ne: officeId } } : {}) });
  if (pioneer)
    problems.add("pioneer", `${pioneer.name} is already the pioneer office of the network`, UserErrorCode.TAKEN);
}
