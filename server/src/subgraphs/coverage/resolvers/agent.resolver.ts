import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { childPageKey } from "../../../shared/graphql/batched-connection";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { PageArgs, paginate } from "../../../shared/graphql/relay";
import { withinScope } from "../access/row-scope";
import { AgentRef } from "../entities/external/agent.ref";
import { Participant } from "../entities/participant.entity";
import { AgentCoverage } from "../entities/rollups/agent-coverage.entity";
import { ParticipantConnection } from "./connections";
import { participantPagesBy, PARTICIPANT_ORDER } from "./participant.loaders";
import { agentCoverage } from "./rollup.loaders";

@Resolver(() => AgentRef)
export class AgentCoverageResolver {
  @FieldResolver(() => AgentCoverage, {
    nullable: true,
    description:
      "Participants the agent enrolled and contributions collected from them (for every signed-in role). " +
      "Null, with an error, when coverage data is unavailable.",
  })
  coverage(@Root() agent: AgentRef, @Ctx() ctx: SubgraphContext): Promise<AgentCoverage> {
    return agentCoverage(ctx).load(agent.localId);
  }

  @FieldResolver(() => ParticipantConnection, {
    description: "Participants the agent enrolled that are in your scope, in enrolment order.",
  })
  participants(
    @Root() agent: AgentRef,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const first = childPageKey(page);
    if (first !== null) return participantPagesBy(ctx, "agentId", first).load(agent.localId);
    return paginate(ctx.em, Participant, withinScope<Participant>(ctx.viewer, { agentId: agent.localId }), {
      page,
      orderBy: PARTICIPANT_ORDER,
      info,
    });
  }
}
