import type { FilterQuery } from "@mikro-orm/core";
import { requireLocalId } from "../../../shared/graphql/global-id";
import type { Participant } from "../entities/participant.entity";
import type { ParticipantFilter } from "../inputs/participant.filter";
import { escapeLike } from "../../../shared/db/like";
import { assertSearchLength, districtCodeCondition } from "./filter-arguments";

const KPJ_NUMBER = /^\d{11}$/;

/** The conditions of a participant filter (also the subset an office's participants take). */
export function participantWhere(filter: Partial<ParticipantFilter> | undefined): FilterQuery<Participant> {
  const conditions: FilterQuery<Participant>[] = [];
  if (!filter) return {};
  if (filter.agentId) conditions.push({ agentId: requireLocalId(filter.agentId, "Agent", "filter.agentId") });
  if (filter.officeId)
    conditions.push({ officeId: requireLocalId(filter.officeId, "PerisaiOffice", "filter.officeId") });
  if (filter.umkmId) conditions.push({ umkmId: requireLocalId(filter.umkmId, "Umkm", "filter.umkmId") });
  if (filter.regionCode)
    conditions.push({ districtCode: districtCodeCondition(filter.regionCode, "filter.regionCode") });
  if (filter.status) conditions.push({ status: filter.status });
  if (filter.program) conditions.push({ programs: { $contains: [filter.program] } });
  if (filter.registeredFrom) conditions.push({ registeredOn: { $gte: filter.registeredFrom } });
  if (filter.registeredTo) conditions.push({ registeredOn: { $lte: filter.registeredTo } });
  const search = filter.search?.trim();
  if (search) {
    assertSearchLength(search, "filter.search");
    if (KPJ_NUMBER.test(search)) conditions.push({ kpjNumber: search });
    else {
      for (const word of search.split(/\s+/).slice(0, 8))
        conditions.push({ name: { $ilike: `%${escapeLike(word)}%` } });
    }
  }
  return conditions.length ? { $and: conditions } : {};
}
