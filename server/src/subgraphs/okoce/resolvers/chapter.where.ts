import type { FilterQuery } from "@mikro-orm/core";
import { requireLocalId } from "../../../shared/graphql/global-id";
import type { OkOceChapter } from "../entities/ok-oce-chapter.entity";
import type { ChapterFilter } from "../inputs/chapter.filter";
import { regionCodeArgument, searchPatterns } from "./search";

export function chapterWhere(filter: ChapterFilter | undefined): FilterQuery<OkOceChapter> {
  const conditions: FilterQuery<OkOceChapter>[] = [];
  if (filter?.level) conditions.push({ level: filter.level });
  if (filter?.parentId) conditions.push({ parent: requireLocalId(filter.parentId, "OkOceChapter", "filter.parentId") });
  if (filter?.regionCode) {
    const { code } = regionCodeArgument(filter.regionCode, "filter.regionCode");
    conditions.push({ $or: [{ regionCode: code }, { regionCode: { $like: `${code}.%` } }] });
  }
  if (filter?.brand) conditions.push({ brand: filter.brand.trim() });
  for (const pattern of searchPatterns(filter?.search)) conditions.push({ name: { $ilike: pattern } });
  return conditions.length ? { $and: conditions } : {};
}
