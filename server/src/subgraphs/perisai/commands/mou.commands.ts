import { ref } from "@mikro-orm/core";
import type { Viewer } from "../../../shared/auth/viewer";
import type { Em } from "../../../shared/db/orm";
import { Problems, assertVersion } from "../../../shared/graphql/mutation";
import { UserErrorCode } from "../../../shared/graphql/user-error";
import { jakartaToday } from "../../../shared/calendar";
import { BpjsOffice } from "../entities/bpjs-office.entity";
import { Mou } from "../entities/mou.entity";
import type { CreateMouInput } from "../inputs/create-mou.input";
import type { UpdateMouInput } from "../inputs/update-mou.input";
import { MAX_LONG_TEXT_LENGTH, given, nonNegativeCount, notInFuture, requiredText } from "../validation/fields";
import { existingChapterId } from "../validation/okoce-directory";
import { auditedValues, recordChange } from "./audit-trail";
import { findReferenced, requireTarget } from "./lookups";

const TEXT_FIELDS = [
  "title",
  "place",
  "bpjsSignatory",
  "bpjsSignatoryTitle",
  "okoceSignatory",
  "okoceSignatoryTitle",
] as const;

export async function createMou(em: Em, viewer: Viewer, input: CreateMouInput): Promise<Mou> {
  const problems = new Problems();
  const number = await uniqueNumber(em, problems, input.number, null);
  const texts = Object.fromEntries(TEXT_FIELDS.map((field) => [field, requiredText(problems, field, input[field])]));
  const scope = requiredText(problems, "scope", input.scope, MAX_LONG_TEXT_LENGTH);
  const bpjsOffice = await findReferenced(em, problems, "bpjsOfficeId", BpjsOffice, input.bpjsOfficeId);
  const chapterId = await existingChapterId(em, problems, "chapterId", input.chapterId);
  notInFuture(problems, "signedOn", input.signedOn, jakartaToday());
  checkValidity(problems, input.validFrom, input.validUntil ?? null);
  nonNegativeCount(problems, "umkmTarget", input.umkmTarget);
  problems.throwIfAny();
  const mou = em.create(Mou, {
    number,
    ...(texts as Record<(typeof TEXT_FIELDS)[number], string>),
    scope,
    bpjsOffice: ref(bpjsOffice!),
    chapterId: chapterId!,
    signedOn: input.signedOn,
    validFrom: input.validFrom,
    validUntil: input.validUntil ?? null,
    umkmTarget: input.umkmTarget,
  });
  await recordChange(em, viewer, "createMou", mou, null);
  return mou;
}

export async function updateMou(em: Em, viewer: Viewer, input: UpdateMouInput): Promise<Mou> {
  const mou = await requireTarget(em, "id", Mou, input.id);
  assertVersion(mou.version, input.expectedVersion);
  const before = auditedValues(mou);
  const problems = new Problems();
  if (given(input.number)) mou.number = await uniqueNumber(em, problems, input.number, mou.id);
  for (const field of TEXT_FIELDS) {
    if (given(input[field])) mou[field] = requiredText(problems, field, input[field]);
  }
  if (given(input.scope)) mou.scope = requiredText(problems, "scope", input.scope, MAX_LONG_TEXT_LENGTH);
  if (given(input.bpjsOfficeId)) {
    const office = await findReferenced(em, problems, "bpjsOfficeId", BpjsOffice, input.bpjsOfficeId);
    if (office) mou.bpjsOffice = ref(office);
  }
  if (given(input.chapterId)) {
    const chapterId = await existingChapterId(em, problems, "chapterId", input.chapterId);
    if (chapterId) mou.chapterId = chapterId;
  }
  if (given(input.signedOn)) mou.signedOn = notInFuture(problems, "signedOn", input.signedOn, jakartaToday());
  if (given(input.validFrom)) mou.validFrom = input.validFrom;
  if (given(input.validUntil)) mou.validUntil = input.validUntil;
  checkValidity(problems, mou.validFrom, mou.validUntil);
  if (given(input.umkmTarget)) mou.umkmTarget = nonNegativeCount(problems, "umkmTarget", input.umkmTarget);
  problems.throwIfAny();
  await recordChange(em, viewer, "updateMou", mou, before);
  return mou;
}

async function uniqueNumber(em: Em, problems: Problems, value: string, mouId: number | null): Promise<string> {
  const number = requiredText(problems, "number", value, 100);
  if (!number) return number;
  const existing = await em.findOne(Mou, { number, ...(mouId ? { id: { $ne: mouId } } : {}) });
  if (existing) problems.add("number", `MoU number ${number} is already used`, UserErrorCode.TAKEN);
  return number;
}

function checkValidity(problems: Problems, validFrom: string, validUntil: string | null): void {
  if (validUntil !== null && validUntil < validFrom) {
    problems.add(
      "validUntil",
      `validUntil (${validUntil}) cannot be before validFrom (${validFrom})`,
      UserErrorCode.OUT_OF_RANGE,
    );
  }
}
