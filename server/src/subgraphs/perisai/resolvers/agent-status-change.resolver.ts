import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { AgentStatusChange } from "../entities/agent-status-change.entity";
import { Agent } from "../entities/agent.entity";
import { entityById } from "./entity.loaders";

@Resolver(() => AgentStatusChange)
export class AgentStatusChangeResolver {
  // A status change is reached only through its agent, who is visible.
  @FieldResolver(() => Agent)
  agent(@Root() change: AgentStatusChange, @Ctx() ctx: SubgraphContext): Promise<Agent | null> {
    return entityById(ctx, Agent).load(change.agent.id);
  }
}
