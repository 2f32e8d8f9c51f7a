import type { FilterQuery } from "@mikro-orm/core";
import { requireLocalId } from "../../../shared/graphql/global-id";
import type { Contribution } from "../entities/contribution.entity";
import type { ContributionFilter } from "../inputs/contribution.filter";

export function contributionWhere(filter: ContributionFilter | undefined): FilterQuery<Contribution> {
  const conditions: FilterQuery<Contribution>[] = [];
  if (!filter) return {};
  if (filter.participantId) {
    conditions.push({ participant: requireLocalId(filter.participantId, "Participant", "filter.participantId") });
  }
  if (filter.agentId) conditions.push({ agentId: requireLocalId(filter.agentId, "Agent", "filter.agentId") });
  if (filter.officeId)
    conditions.push({ officeId: requireLocalId(filter.officeId, "PerisaiOffice", "filter.officeId") });
  if (filter.period) conditions.push({ period: filter.period });
  if (filter.periodFrom) conditions.push({ period: { $gte: filter.periodFrom } });
  if (filter.periodTo) conditions.push({ period: { $lte: filter.periodTo } });
  return conditions.length ? { $and: conditions } : {};
}
