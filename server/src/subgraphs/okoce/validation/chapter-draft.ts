import type { Em } from "../../../shared/db/orm";
import { Problems } from "../../../shared/graphql/mutation";
import { UserErrorCode } from "../../../shared/graphql/user-error";
import { OkOceChapter } from "../entities/ok-oce-chapter.entity";
import type { CreateChapterInput } from "../inputs/create-chapter.input";
import type { UpdateChapterInput } from "../inputs/update-chapter.input";
import { checkPlacement, type ChapterDraft } from "./chapter-rules";
import { inputLocalId, notInFuture, optionalPhone, requiredName } from "./fields";

/** A chapter as stored now: the starting point of an edit, and its "before" in the audit trail. */
export function chapterDraftOf(chapter: OkOceChapter): ChapterDraft {
  return {
    parentId: chapter.parent?.id ?? null,
    level: chapter.level,
    name: chapter.name,
    brand: chapter.brand,
    regionCode: chapter.regionCode,
    coordinatorName: chapter.coordinatorName,
    coordinatorPhone: chapter.coordinatorPhone,
    foundedOn: chapter.foundedOn,
  };
}

/** Validates a new chapter; throws every problem at once (UserInputError) or gives the chapter to store. */
export async function draftNewChapter(em: Em, input: CreateChapterInput): Promise<ChapterDraft> {
  const problems = new Problems();
  const draft: ChapterDraft = {
    parentId: input.parentId ? (inputLocalId(problems, "parentId", input.parentId, "OkOceChapter") ?? null) : null,
    level: input.level,
    name: requiredName(problems, "name", "Name", input.name) ?? "",
    brand: requiredName(problems, "brand", "Brand", input.brand) ?? "",
    regionCode: input.regionCode?.trim() || null,
    coordinatorName: requiredName(problems, "coordinatorName", "Coordinator name", input.coordinatorName) ?? "",
    coordinatorPhone: optionalPhone(problems, "coordinatorPhone", input.coordinatorPhone),
    foundedOn: input.foundedOn,
  };
  notInFuture(problems, "foundedOn", "Founding date", draft.foundedOn);
  await checkPlacement(em, problems, draft, null);
  problems.throwIfAny();
  return draft;
}

/** Validates the changes to a chapter; the hierarchy rules run again only when its place changes. */
export async function draftChapterChanges(
  em: Em,
  chapter: OkOceChapter,
  input: UpdateChapterInput,
): Promise<ChapterDraft> {
  const problems = new Problems();
  const draft = chapterDraftOf(chapter);
  if (input.parentId !== undefined) {
    draft.parentId =
      input.parentId === null
        ? null
        : (inputLocalId(problems, "parentId", input.parentId, "OkOceChapter") ?? draft.parentId);
  }
  if (input.level === null) problems.add("level", "Level is required", UserErrorCode.REQUIRED);
  else if (input.level !== undefined) draft.level = input.level;
  if (input.name !== undefined) draft.name = requiredName(problems, "name", "Name", input.name) ?? draft.name;
  if (input.brand !== undefined) draft.brand = requiredName(problems, "brand", "Brand", input.brand) ?? draft.brand;
  if (input.regionCode !== undefined) draft.regionCode = input.regionCode?.trim() || null;
  if (input.coordinatorName !== undefined) {
    draft.coordinatorName =
      requiredName(problems, "coordinatorName", "Coordinator name", input.coordinatorName) ?? draft.coordinatorName;
  }
  if (input.coordinatorPhone !== undefined) {
    draft.coordinatorPhone = optionalPhone(problems, "coordinatorPhone", input.coordinatorPhone);
  }
  if (input.foundedOn === null) problems.add("foundedOn", "Founding date is required", UserErrorCode.REQUIRED);
  else if (input.foundedOn !== undefined) {
    notInFuture(problems, "foundedOn", "Founding date", input.foundedOn);
    draft.foundedOn = input.foundedOn;
  }
  const before = chapterDraftOf(chapter);
  if (draft.parentId !== before.parentId || draft.level !== before.level || draft.regionCode !== before.regionCode) {
    await checkPlacement(em, problems, draft, chapter);
  }
  problems.throwIfAny();
  return draft;
}

/** Writes a validated draft onto the entity (a new one or the one being edited). */
export function applyChapterDraft(em: Em, chapter: OkOceChapter, draft: ChapterDraft): OkOceChapter {
  const { parentId, ...fields } = draft;
  Object.assign(chapter, fields);
  chapter.parent = parentId === null ? null : em.getReference(OkOceChapter, parentId, { wrapped: true });
  return chapter;
}
