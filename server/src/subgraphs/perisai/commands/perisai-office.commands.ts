import { ref } from "@mikro-orm/core";
import type { Em } from "../../../shared/db/orm";
import { Problems, assertVersion } from "../../../shared/graphql/mutation";
import { UserErrorCode } from "../../../shared/graphql/user-error";
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
import { findReferenced, requireTarget } from "./lookups";

export async function createPerisaiOffice(em: Em, input: CreatePerisaiOfficeInput): Promise<PerisaiOffice> {
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
  return em.create(PerisaiOffice, {
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
}

export async function updatePerisaiOffice(em: Em, input: UpdatePerisaiOfficeInput): Promise<PerisaiOffice> {
  const office = await requireTarget(em, "id", PerisaiOffice, input.id);
  assertVersion(office.version, input.expectedVersion);
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
