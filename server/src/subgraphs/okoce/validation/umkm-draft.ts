import type { Em } from "../../../shared/db/orm";
import { Problems } from "../../../shared/graphql/mutation";
import { UserErrorCode } from "../../../shared/graphql/user-error";
import { isUmkmSector } from "../domain/umkm-sectors";
import { OkOceChapter } from "../entities/ok-oce-chapter.entity";
import type { Umkm } from "../entities/umkm.entity";
import type { CreateUmkmInput } from "../inputs/create-umkm.input";
import type { UpdateUmkmInput } from "../inputs/update-umkm.input";
import {
  checkKecamatan,
  checkNik,
  checkVillage,
  inputLocalId,
  notInFuture,
  optionalPhone,
  requiredName,
} from "./fields";
import { checkClass, checkFosteringChapter, type UmkmDraft } from "./umkm-rules";

function checkSector(problems: Problems, sector: string): string {
  const trimmed = sector.trim();
  if (!isUmkmSector(trimmed)) problems.add("sector", `"${trimmed}" is not one of umkmSectors`, UserErrorCode.INVALID);
  return trimmed;
}

function checkWorkers(problems: Problems, workers: number): number {
  if (workers < 0) problems.add("workers", "Workers cannot be negative", UserErrorCode.OUT_OF_RANGE);
  return workers;
}

/** A UMKM as stored now: the starting point of an edit, and its "before" in the audit trail. */
export function umkmDraftOf(umkm: Umkm): UmkmDraft {
  return {
    businessName: umkm.businessName,
    ownerName: umkm.ownerName,
    ownerNik: umkm.ownerNik,
    phone: umkm.phone,
    umkmClass: umkm.umkmClass,
    sector: umkm.sector,
    streetVendor: umkm.streetVendor,
    districtCode: umkm.districtCode,
    villageCode: umkm.villageCode,
    workers: umkm.workers,
    joinedOn: umkm.joinedOn,
    stage: umkm.stage,
    chapterId: umkm.chapter?.id ?? null,
    businessCapital: umkm.businessCapital,
    annualSales: umkm.annualSales,
  };
}

/** Validates a new UMKM; throws every problem at once (UserInputError) or gives the UMKM to store. */
export async function draftNewUmkm(em: Em, input: CreateUmkmInput): Promise<UmkmDraft> {
  const problems = new Problems();
  const districtCode = input.kecamatanCode.trim();
  const placeKnown = await checkKecamatan(em, problems, "kecamatanCode", districtCode);
  const draft: UmkmDraft = {
    businessName: requiredName(problems, "businessName", "Business name", input.businessName) ?? "",
    ownerName: requiredName(problems, "ownerName", "Owner name", input.ownerName) ?? "",
    ownerNik: await checkNik(em, problems, "ownerNik", input.ownerNik),
    phone: optionalPhone(problems, "phone", input.phone),
    umkmClass: input.umkmClass,
    sector: checkSector(problems, input.sector),
    streetVendor: input.streetVendor,
    districtCode,
    villageCode: input.villageCode?.trim() || null,
    workers: checkWorkers(problems, input.workers),
    joinedOn: input.joinedOn,
    stage: input.stage,
    chapterId: input.chapterId ? (inputLocalId(problems, "chapterId", input.chapterId, "OkOceChapter") ?? null) : null,
    businessCapital: input.businessCapital ?? null,
    annualSales: input.annualSales ?? null,
  };
  notInFuture(problems, "joinedOn", "Joining date", draft.joinedOn);
  checkClass(problems, draft);
  // Where the business is must be known before its village and its chapter's region can be judged.
  if (placeKnown) {
    await checkVillage(em, problems, "villageCode", draft.villageCode, districtCode);
    await checkFosteringChapter(em, problems, draft);
  }
  problems.throwIfAny();
  return draft;
}

const REQUIRED_LABELS = {
  umkmClass: "UMKM class",
  sector: "Sector",
  streetVendor: "Street vendor",
  kecamatanCode: "Kecamatan",
  workers: "Workers",
  joinedOn: "Joining date",
  stage: "Stage",
  ownerNik: "Owner NIK",
} as const;

/** Validates the changes to a UMKM; rules that tie fields together run when one of their fields changes. */
export async function draftUmkmChanges(em: Em, umkm: Umkm, input: UpdateUmkmInput): Promise<UmkmDraft> {
  const problems = new Problems();
  const draft = umkmDraftOf(umkm);
  for (const [field, label] of Object.entries(REQUIRED_LABELS)) {
    if (input[field as keyof typeof REQUIRED_LABELS] === null) {
      problems.add(field, `${label} is required`, UserErrorCode.REQUIRED);
    }
  }
  if (input.businessName !== undefined) {
    draft.businessName =
      requiredName(problems, "businessName", "Business name", input.businessName) ?? draft.businessName;
  }
  if (input.ownerName !== undefined) {
    draft.ownerName = requiredName(problems, "ownerName", "Owner name", input.ownerName) ?? draft.ownerName;
  }
  if (typeof input.ownerNik === "string") draft.ownerNik = await checkNik(em, problems, "ownerNik", input.ownerNik);
  if (input.phone !== undefined) draft.phone = optionalPhone(problems, "phone", input.phone);
  if (input.umkmClass) draft.umkmClass = input.umkmClass;
  if (typeof input.sector === "string") draft.sector = checkSector(problems, input.sector);
  if (input.streetVendor !== undefined && input.streetVendor !== null) draft.streetVendor = input.streetVendor;
  let placeKnown = true;
  if (typeof input.kecamatanCode === "string") {
    draft.districtCode = input.kecamatanCode.trim();
    placeKnown = await checkKecamatan(em, problems, "kecamatanCode", draft.districtCode);
  }
  if (input.villageCode !== undefined) draft.villageCode = input.villageCode?.trim() || null;
  if (input.workers !== undefined && input.workers !== null) draft.workers = checkWorkers(problems, input.workers);
  if (input.joinedOn) {
    notInFuture(problems, "joinedOn", "Joining date", input.joinedOn);
    draft.joinedOn = input.joinedOn;
  }
  if (input.stage) draft.stage = input.stage;
  if (input.chapterId !== undefined) {
    draft.chapterId =
      input.chapterId === null
        ? null
        : (inputLocalId(problems, "chapterId", input.chapterId, "OkOceChapter") ?? draft.chapterId);
  }
  if (input.businessCapital !== undefined) draft.businessCapital = input.businessCapital;
  if (input.annualSales !== undefined) draft.annualSales = input.annualSales;

  const before = umkmDraftOf(umkm);
  const figuresChanged = draft.businessCapital !== before.businessCapital || draft.annualSales !== before.annualSales;
  if (figuresChanged || draft.umkmClass !== before.umkmClass) checkClass(problems, draft);
  const moved = draft.districtCode !== before.districtCode;
  if (placeKnown && (moved || draft.villageCode !== before.villageCode)) {
    await checkVillage(em, problems, "villageCode", draft.villageCode, draft.districtCode);
  }
  if (placeKnown && (moved || draft.chapterId !== before.chapterId)) await checkFosteringChapter(em, problems, draft);
  problems.throwIfAny();
  return draft;
}

/** Writes a validated draft onto the entity (a new one or the one being edited). */
export function applyUmkmDraft(em: Em, umkm: Umkm, draft: UmkmDraft): Umkm {
  const { chapterId, ...fields } = draft;
  Object.assign(umkm, fields);
  umkm.chapter = chapterId === null ? null : em.getReference(OkOceChapter, chapterId, { wrapped: true });
  return umkm;
}
