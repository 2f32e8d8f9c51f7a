import type { SubgraphContext } from "../../../shared/graphql/context";
import { localIdOf } from "../../../shared/graphql/global-id";
import { Contribution } from "../entities/contribution.entity";

function contributionById(ctx: SubgraphContext) {
  return ctx.loaders.get<number, Contribution | null>("contributionById", async (ids) => {
    const rows = await ctx.em.find(Contribution, { id: { $in: [...ids] } });
    return new Map(rows.map((row) => [row.id, row]));
  });
}

export const contributionReference = {
  __resolveReference(reference: { id: string }, ctx: SubgraphContext): Promise<Contribution | null> | null {
    const id = localIdOf(reference.id, "Contribution");
    return id === null ? null : contributionById(ctx).load(id);
  },
};
