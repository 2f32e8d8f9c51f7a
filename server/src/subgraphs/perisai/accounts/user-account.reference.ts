import type { SubgraphContext } from "../../../shared/graphql/context";
import { localIdOf } from "../../../shared/graphql/global-id";
import { entityById } from "../resolvers/entity.loaders";
import { mayShowAccount } from "./account-visibility";
import { UserAccount } from "./user-account.entity";

/** `_entities` for UserAccount: the owner and national coordinators only, never an anonymous caller. */
export const userAccountReference = {
  UserAccount: {
    __resolveReference(reference: { id: string }, ctx: SubgraphContext) {
      const id = localIdOf(reference.id, "UserAccount");
      return id !== null && mayShowAccount(ctx.viewer, id) ? entityById(ctx, UserAccount).load(id) : null;
    },
  },
};
