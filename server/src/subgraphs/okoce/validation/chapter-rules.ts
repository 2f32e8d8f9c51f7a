import type { Em } from "../../../shared/db/orm";
import { RegionDirectory } from "../../../shared/db/region-directory";
import { Problems } from "../../../shared/graphql/mutation";
import { UserErrorCode } from "../../../shared/graphql/user-error";
import { sql } from "../db/sql";
import { parentProblems, regionProblems, type PlacementProblem } from "../domain/chapter-placement";
import type { ChapterLevel } from "../entities/chapter-level";
import { OkOceChapter } from "../entities/ok-oce-chapter.entity";

/** A chapter as it will be stored once the mutation succeeds. */
export interface ChapterDraft {
  parentId: number | null;
  level: ChapterLevel;
  name: string;
  brand: string;
  regionCode: string | null;
  coordinatorName: string;
  coordinatorPhone: string | null;
  foundedOn: string;
}

function codeOf(problem: PlacementProblem): UserErrorCode {
  return problem.kind === "REQUIRED" ? UserErrorCode.REQUIRED : UserErrorCode.INVALID;
}

function report(problems: Problems, found: PlacementProblem[]): void {
  for (const problem of found) problems.add(problem.field, problem.message, codeOf(problem));
}

/** One problem per field for the children that would no longer fit, naming the first of them. */
function reportChildren(problems: Problems, misfits: { child: OkOceChapter; problem: PlacementProblem }[]): void {
  for (const field of ["level", "regionCode"] as const) {
    const found = misfits.filter((misfit) => misfit.problem.field === field);
    if (found.length === 0) continue;
    const [{ child, problem }] = found;
    const others = found.length > 1 ? ` and ${found.length - 1} more chapters` : "";
    problems.add(
      field,
      `Chapter "${child.name}"${others} under this one would no longer fit: ${problem.message}`,
      codeOf(problem),
    );
  }
}

async function isAncestorOrSelf(em: Em, candidateId: number, chapterId: number): Promise<boolean> {
  const rows = await sql<{ found: boolean }>(
    em,
    `with recursive up ("id", "parent_id", "depth") as (
       select "id", "parent_id", 1 from "okoce"."chapter" where "id" = ?
       union all
       select c."id", c."parent_id", up."depth" + 1 from up join "okoce"."chapter" c on c."id" = up."parent_id" where up."depth" < 64
     )
     select exists (select 1 from up where "id" = ?) as "found"`,
    [candidateId, chapterId],
  );
  return rows[0]?.found === true;
}

/**
 * Where the chapter sits: a region of its own level that exists, a parent of a higher level whose region
 * contains it, no cycle, and (for an existing chapter) children that still fit below it.
 */
export async function checkPlacement(
  em: Em,
  problems: Problems,
  draft: ChapterDraft,
  existing: OkOceChapter | null,
): Promise<void> {
  const ownRegion = regionProblems(draft);
  report(problems, ownRegion);
  if (ownRegion.length === 0 && draft.regionCode !== null && !(await RegionDirectory.find(em, draft.regionCode))) {
    problems.add("regionCode", `No region has the code "${draft.regionCode}"`, UserErrorCode.NOT_FOUND);
  }
  if (draft.parentId !== null) {
    if (existing && draft.parentId === existing.id) {
      problems.add("parentId", "A chapter cannot be its own parent", UserErrorCode.INVALID);
      return;
    }
    const parent = await em.findOne(OkOceChapter, draft.parentId);
    if (!parent) {
      problems.add("parentId", "No chapter has this ID", UserErrorCode.NOT_FOUND);
    } else {
      if (existing && (await isAncestorOrSelf(em, parent.id, existing.id))) {
        problems.add(
          "parentId",
          `"${parent.name}" is below this chapter: moving under it would make a cycle`,
          UserErrorCode.INVALID,
        );
      }
      // A region of the wrong level is reported once, not again as lying outside the parent's.
      report(
        problems,
        parentProblems(draft, parent).filter((problem) => problem.field === "level" || ownRegion.length === 0),
      );
    }
  }
  if (existing) {
    const children = await em.find(OkOceChapter, { parent: existing.id }, { orderBy: { name: "asc", id: "asc" } });
    reportChildren(
      problems,
      children.flatMap((child) => parentProblems(child, draft).map((problem) => ({ child, problem }))),
    );
  }
}
