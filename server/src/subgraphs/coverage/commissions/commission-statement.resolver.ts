import { QueryOrder, type FilterQuery, type QueryOrderMap } from "@mikro-orm/core";
import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import { jakartaToday } from "../../../shared/calendar";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { requireLocalId } from "../../../shared/graphql/global-id";
import { runMutation } from "../../../shared/graphql/mutation";
import { connectionType, PageArgs, paginate } from "../../../shared/graphql/relay";
import { MonthScalar } from "../../../shared/graphql/scalars";
import { withinScope } from "../access/row-scope";
import { ContributionConnection, ParticipantConnection } from "../resolvers/connections";
import { CLOSING_ROLES, OFFICE_STATEMENT_ROLES } from "./commission-access";
import { closeCommissionMonth } from "./commission-close";
import { CommissionScheme } from "./commission-scheme.entity";
import { CommissionStatement } from "./commission-statement.entity";
import { CommissionStatementFilter, CommissionStatementSortKey } from "./commission-statement.filter";
import { schemeById, statementContributions, statementNewParticipants } from "./commission-statement.loaders";
import { CloseCommissionMonthInput } from "./close-commission-month.input";
import { CloseCommissionMonthPayload } from "./close-commission-month.payload";
import { OfficeCommissionStatement } from "./office-commission-statement.type";
import { officeStatementOf } from "./office-statement";
import { OfficeTree } from "./office-tree";

export const CommissionStatementConnection = connectionType("CommissionStatement", CommissionStatement);

function statementWhere(filter: CommissionStatementFilter | undefined): FilterQuery<CommissionStatement> {
  const conditions: FilterQuery<CommissionStatement>[] = [];
  if (filter?.agentId) conditions.push({ agentId: requireLocalId(filter.agentId, "Agent", "filter.agentId") });
  if (filter?.officeId)
    conditions.push({ officeId: requireLocalId(filter.officeId, "PerisaiOffice", "filter.officeId") });
  if (filter?.month) conditions.push({ month: filter.month });
  if (filter?.from) conditions.push({ month: { $gte: filter.from } });
  if (filter?.to) conditions.push({ month: { $lte: filter.to } });
  return conditions.length ? { $and: conditions } : {};
}

function statementOrder(sortKey: CommissionStatementSortKey, reverse: boolean): QueryOrderMap<CommissionStatement> {
  const direction = reverse ? QueryOrder.DESC : QueryOrder.ASC;
  if (sortKey === CommissionStatementSortKey.TOTAL) return { total: direction, id: direction };
  return { month: direction, id: direction };
}

@Resolver(() => CommissionStatement)
export class CommissionStatementResolver {
  @Query(() => CommissionStatementConnection, {
    description:
      "Closed monthly commission statements within your scope: an agent sees their own, office admins and branch " +
      "officers their offices' agents, national roles everyone. Page through all of them for a CSV export.",
  })
  commissionStatements(
    @Arg("filter", () => CommissionStatementFilter, { nullable: true }) filter: CommissionStatementFilter | undefined,
    @Arg("sortKey", () => CommissionStatementSortKey, { defaultValue: CommissionStatementSortKey.MONTH })
    sortKey: CommissionStatementSortKey,
    @Arg("reverse", () => Boolean, { defaultValue: false }) reverse: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return paginate(ctx.em, CommissionStatement, withinScope(ctx.viewer, statementWhere(filter)), {
      page,
      orderBy: statementOrder(sortKey, reverse),
      info,
    });
  }

  @Query(() => OfficeCommissionStatement, {
    description:
      "A Kantor Perisai's commission for a month: the sum of its agents' statements, with its sub-offices' by " +
      "default. For national roles and for admins and branch officers of the office.",
  })
  async officeCommissionStatement(
    @Arg("officeId", () => ID) officeGlobalId: string,
    @Arg("month", () => MonthScalar) month: string,
    @Arg("includeSubOffices", () => Boolean, { defaultValue: true }) includeSubOffices: boolean,
    @Ctx() ctx: SubgraphContext,
  ): Promise<OfficeCommissionStatement> {
    ctx.viewer.requireRole(...OFFICE_STATEMENT_ROLES);
    const officeId = requireLocalId(officeGlobalId, "PerisaiOffice", "officeId");
    if (!ctx.viewer.seesOffice(officeId)) {
      throw new GraphQLError("This Kantor Perisai is outside your part of the network", {
        extensions: { code: "FORBIDDEN" },
      });
    }
    const mine = ctx.viewer.officeIds;
    const offices = includeSubOffices ? await new OfficeTree(ctx.em).subtree(officeId) : [officeId];
    const visible = mine === null ? offices : offices.filter((id) => mine.includes(id));
    return officeStatementOf(ctx.em, month, officeId, visible, includeSubOffices);
  }

  @Mutation(() => CloseCommissionMonthPayload, {
    description:
      "Closes a month that has ended: writes every agent's commission statement of the office and its sub-offices " +
      "(every office for a national coordinator without officeId). Idempotent: closing again returns the stored " +
      "statements unchanged. A payment recorded after the close goes to the next month closed. National " +
      "coordinators, and office admins for their own offices.",
  })
  async closeCommissionMonth(
    @Arg("input", () => CloseCommissionMonthInput) input: CloseCommissionMonthInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CloseCommissionMonthPayload> {
    ctx.viewer.requireRole(...CLOSING_ROLES);
    return runMutation<CloseCommissionMonthPayload>(ctx.em, async (em) => {
      const close = await closeCommissionMonth(em, input, jakartaToday(), ctx.viewer);
      const statements = await em.find(
        CommissionStatement,
        { month: close.month, officeId: { $in: close.officeIds } },
        { orderBy: { officeId: "asc", agentId: "asc" } },
      );
      return {
        statements,
        officeStatement: await officeStatementOf(em, close.month, close.rootOfficeId, close.officeIds, true),
        alreadyClosed: close.newlyClosed.length === 0,
      };
    });
  }

  @FieldResolver(() => CommissionScheme, { description: "The dated scheme row the figures were computed by." })
  scheme(@Root() statement: CommissionStatement, @Ctx() ctx: SubgraphContext): Promise<CommissionScheme> {
    return schemeById(ctx).load(statement.schemeId);
  }

  @FieldResolver(() => ContributionConnection, {
    description: "The contributions counted (paid in the month, or paid late in a month already closed).",
  })
  contributions(
    @Root() statement: CommissionStatement,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ) {
    return statementContributions(ctx, statement.id, page);
  }

  @FieldResolver(() => ParticipantConnection, {
    description: "The participants the agent enrolled in the month, counted for the acquisition bonus.",
  })
  newParticipants(
    @Root() statement: CommissionStatement,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ) {
    return statementNewParticipants(ctx, statement.id, page);
  }
}
