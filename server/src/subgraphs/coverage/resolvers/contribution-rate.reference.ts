import type { SubgraphContext } from "../../../shared/graphql/context";
import { localIdOf } from "../../../shared/graphql/global-id";
import type { ContributionPolicy } from "../entities/contribution-policy.entity";
import type { ContributionRate } from "../entities/contribution-rate.entity";
import { rateBookOf } from "../repositories/rates.repository";

/** Rates and policies come from the request's rate book: the whole configuration is one read. */
export const contributionRateReference = {
  async __resolveReference(reference: { id: string }, ctx: SubgraphContext): Promise<ContributionRate | null> {
    const id = localIdOf(reference.id, "ContributionRate");
    return id === null ? null : ((await rateBookOf(ctx)).rates.find((rate) => rate.id === id) ?? null);
  },
};

export const contributionPolicyReference = {
  async __resolveReference(reference: { id: string }, ctx: SubgraphContext): Promise<ContributionPolicy | null> {
    const id = localIdOf(reference.id, "ContributionPolicy");
    return id === null ? null : ((await rateBookOf(ctx)).policies.find((policy) => policy.id === id) ?? null);
  },
};
