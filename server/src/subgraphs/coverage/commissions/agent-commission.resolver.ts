import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { childPageKey } from "../../../shared/graphql/batched-connection";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { PageArgs, paginate } from "../../../shared/graphql/relay";
import { withinScope } from "../access/row-scope";
import { AgentRef } from "../entities/external/agent.ref";
import { CommissionStatement } from "./commission-statement.entity";
import { statementPagesByAgent, STATEMENT_ORDER } from "./commission-statement.loaders";
import { CommissionStatementConnection } from "./commission-statement.resolver";

@Resolver(() => AgentRef)
export class AgentCommissionResolver {
  @FieldResolver(() => CommissionStatementConnection, {
    description: "The agent's closed commission statements in your scope, newest month first.",
  })
  commissionStatements(
    @Root() agent: AgentRef,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const first = childPageKey(page);
    if (first !== null) return statementPagesByAgent(ctx, first).load(agent.localId);
    return paginate(
      ctx.em,
      CommissionStatement,
      withinScope<CommissionStatement>(ctx.viewer, { agentId: agent.localId }),
      { page, orderBy: STATEMENT_ORDER, info },
    );
  }
}
