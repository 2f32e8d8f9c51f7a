import type { FilterQuery } from "@mikro-orm/core";
import { requireLocalId } from "../../../shared/graphql/global-id";
import type { Umkm } from "../entities/umkm.entity";
import type { UmkmFilter } from "../inputs/umkm.filter";
import { regionCodeArgument, searchPatterns } from "./search";

/** A region at any level: a village by its own column, a kecamatan exactly, a province or regency by prefix. */
function inRegion(text: string): FilterQuery<Umkm> {
  const { code, level } = regionCodeArgument(text, "filter.regionCode");
  if (level === "VILLAGE") return { villageCode: code };
  if (level === "DISTRICT") return { districtCode: code };
  return { districtCode: { $like: `${code}.%` } };
}

export function umkmWhere(filter: UmkmFilter | undefined): FilterQuery<Umkm> {
  const conditions: FilterQuery<Umkm>[] = [];
  if (filter?.regionCode) conditions.push(inRegion(filter.regionCode));
  if (filter?.kecamatanCode) conditions.push({ districtCode: filter.kecamatanCode.trim() });
  if (filter?.villageCode) conditions.push({ villageCode: filter.villageCode.trim() });
  if (filter?.umkmClass) conditions.push({ umkmClass: filter.umkmClass });
  if (filter?.sector) conditions.push({ sector: filter.sector });
  if (filter?.streetVendor !== undefined && filter.streetVendor !== null) {
    conditions.push({ streetVendor: filter.streetVendor });
  }
  if (filter?.stage) conditions.push({ stage: filter.stage });
  if (filter?.chapterId)
    conditions.push({ chapter: requireLocalId(filter.chapterId, "OkOceChapter", "filter.chapterId") });
  if (filter?.joinedFrom) conditions.push({ joinedOn: { $gte: filter.joinedFrom } });
  if (filter?.joinedTo) conditions.push({ joinedOn: { $lte: filter.joinedTo } });
  for (const pattern of searchPatterns(filter?.search)) {
    conditions.push({ $or: [{ businessName: { $ilike: pattern } }, { ownerName: { $ilike: pattern } }] });
  }
  return conditions.length ? { $and: conditions } : {};
}
