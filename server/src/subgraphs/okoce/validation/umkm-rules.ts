import type { Em } from "../../../shared/db/orm";
import { Problems } from "../../../shared/graphql/mutation";
import { UserErrorCode } from "../../../shared/graphql/user-error";
import { jakartaToday } from "../../../shared/calendar";
import { liesWithin } from "../domain/region-codes";
import { umkmClassProblems } from "../domain/umkm-class-criteria";
import { OkOceChapter } from "../entities/ok-oce-chapter.entity";
import type { SevenPasStage } from "../entities/seven-pas-stage";
import type { UmkmClass } from "../entities/umkm-class";

/** A UMKM as it will be stored once the mutation succeeds. */
export interface UmkmDraft {
  businessName: string;
  ownerName: string;
  ownerNik: string;
  phone: string | null;
  umkmClass: UmkmClass;
  sector: string;
  streetVendor: boolean;
  districtCode: string;
  villageCode: string | null;
  workers: number;
  joinedOn: string;
  stage: SevenPasStage;
  chapterId: number | null;
  businessCapital: number | null;
  annualSales: number | null;
}

/** The class must agree with the capital and sales given, under the criteria in force today. */
export function checkClass(problems: Problems, draft: UmkmDraft): void {
  const figures = { businessCapital: draft.businessCapital, annualSales: draft.annualSales };
  for (const problem of umkmClassProblems(draft.umkmClass, figures, jakartaToday())) {
    const code = problem.kind === "ABOVE_UMKM" ? UserErrorCode.OUT_OF_RANGE : UserErrorCode.INVALID;
    problems.add(problem.field, problem.message, code);
  }
}

/** The fostering chapter exists and, when it works in a region, the business lies in that region. */
export async function checkFosteringChapter(em: Em, problems: Problems, draft: UmkmDraft): Promise<void> {
  if (draft.chapterId === null) return;
  const chapter = await em.findOne(OkOceChapter, draft.chapterId);
  if (!chapter) {
    problems.add("chapterId", "No chapter has this ID", UserErrorCode.NOT_FOUND);
  } else if (chapter.regionCode !== null && !liesWithin(draft.districtCode, chapter.regionCode)) {
    problems.add(
      "chapterId",
      `Chapter "${chapter.name}" works in region "${chapter.regionCode}", which does not contain kecamatan "${draft.districtCode}"`,
      UserErrorCode.INVALID,
    );
  }
}
