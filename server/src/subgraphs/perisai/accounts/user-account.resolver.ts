import { QueryOrder, type FilterQuery, type QueryOrderMap } from "@mikro-orm/core";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../../shared/auth/role";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { requireLocalId } from "../../../shared/graphql/global-id";
import { PageArgs, paginate } from "../../../shared/graphql/relay";
import { Agent } from "../entities/agent.entity";
import { BpjsOffice } from "../entities/bpjs-office.entity";
import { PerisaiOffice } from "../entities/perisai-office.entity";
import { entityById } from "../resolvers/entity.loaders";
import { containsWord, searchWords } from "../resolvers/where";
import { mayShowAccount, mayShowAgent, mayShowOffice } from "./account-visibility";
import { UserAccountConnection } from "./user-account.connection";
import { UserAccount } from "./user-account.entity";
import { UserAccountFilter, UserAccountSortKey } from "./user-account.filter";

export function userAccountWhere(filter: UserAccountFilter | undefined): FilterQuery<UserAccount> {
  const conditions: FilterQuery<UserAccount>[] = [];
  if (filter?.role) conditions.push({ role: filter.role });
  for (const word of searchWords(filter?.search)) {
    conditions.push({ $or: [{ email: containsWord(word) }, { displayName: containsWord(word) }] });
  }
  return conditions.length ? { $and: conditions } : {};
}

@Resolver(() => UserAccount)
export class UserAccountResolver {
  @Query(() => UserAccount, {
    nullable: true,
    description: "The signed-in user, with the role and the node their scope hangs from; null when anonymous.",
  })
  me(@Ctx() ctx: SubgraphContext): Promise<UserAccount | null> | null {
    const userId = ctx.viewer.userId;
    return userId ? entityById(ctx, UserAccount).load(userId) : null;
  }

  @Query(() => UserAccount, {
    nullable: true,
    description: "An account by global ID: national coordinators see any, everyone else only their own.",
  })
  userAccount(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<UserAccount | null> | null {
    const accountId = requireLocalId(id, "UserAccount");
    return mayShowAccount(ctx.viewer.requireSignedIn(), accountId)
      ? entityById(ctx, UserAccount).load(accountId)
      : null;
  }

  @Query(() => UserAccountConnection, { description: "Every account (national coordinators only)." })
  userAccounts(
    @Arg("filter", () => UserAccountFilter, { nullable: true }) filter: UserAccountFilter | undefined,
    @Arg("sortKey", () => UserAccountSortKey, { defaultValue: UserAccountSortKey.EMAIL }) sortKey: UserAccountSortKey,
    @Arg("reverse", () => Boolean, { defaultValue: false }) reverse: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    ctx.viewer.requireRole(Role.NATIONAL_COORDINATOR);
    const direction = reverse ? QueryOrder.DESC : QueryOrder.ASC;
    const orderBy: QueryOrderMap<UserAccount> =
      sortKey === UserAccountSortKey.DISPLAY_NAME
        ? { displayName: direction, id: direction }
        : sortKey === UserAccountSortKey.CREATED_AT
          ? { createdAt: direction, id: direction }
          : { email: direction };
    return paginate(ctx.em, UserAccount, userAccountWhere(filter), { page, orderBy, info });
  }

  @FieldResolver(() => PerisaiOffice, {
    nullable: true,
    description: "OFFICE_ADMIN: the Kantor Perisai administered (with its sub-offices); null if outside your scope.",
  })
  office(@Root() account: UserAccount, @Ctx() ctx: SubgraphContext): Promise<PerisaiOffice | null> | null {
    const officeId = account.perisaiOffice?.id;
    return officeId && mayShowOffice(ctx.viewer, officeId) ? entityById(ctx, PerisaiOffice).load(officeId) : null;
  }

  @FieldResolver(() => BpjsOffice, { nullable: true, description: "BRANCH_OFFICER: the BPJAMSOSTEK office." })
  bpjsOffice(@Root() account: UserAccount, @Ctx() ctx: SubgraphContext): Promise<BpjsOffice | null> | null {
    const officeId = account.bpjsOffice?.id;
    return officeId && ctx.viewer.signedIn ? entityById(ctx, BpjsOffice).load(officeId) : null;
  }

  @FieldResolver(() => Agent, { nullable: true, description: "AGENT: the agent record; null if outside your scope." })
  async agent(@Root() account: UserAccount, @Ctx() ctx: SubgraphContext): Promise<Agent | null> {
    const agentId = account.agent?.id;
    if (!agentId) return null;
    const agent = await entityById(ctx, Agent).load(agentId);
    return agent && mayShowAgent(ctx.viewer, { id: agent.id, officeId: agent.office.id }) ? agent : null;
  }
}
