import type { SubgraphContext } from "../../../shared/graphql/context";
import { localIdOf } from "../../../shared/graphql/global-id";
import type { Contribution } from "../entities/contribution.entity";
import { contributionById } from "./contribution.loaders";

/** `_entities` for contributions: one statement per request; one outside the viewer's scope resolves to null. */
export const contributionReference = {
  __resolveReference(reference: { id: string }, ctx: SubgraphContext): Promise<Contribution | null> | null {
    const id = localIdOf(reference.id, "Contribution");
    return id === null ? null : contributionById(ctx).load(id);
  },
};
