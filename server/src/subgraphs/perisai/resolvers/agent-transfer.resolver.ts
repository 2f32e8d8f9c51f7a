import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { AgentTransfer } from "../entities/agent-transfer.entity";
import { Agent } from "../entities/agent.entity";
import { PerisaiOffice } from "../entities/perisai-office.entity";
import { entityById } from "./entity.loaders";
import { visibleOffice } from "./scope";

@Resolver(() => AgentTransfer)
export class AgentTransferResolver {
  // A transfer is reached only through its agent, who is visible.
  @FieldResolver(() => Agent)
  agent(@Root() transfer: AgentTransfer, @Ctx() ctx: SubgraphContext): Promise<Agent | null> {
    return entityById(ctx, Agent).load(transfer.agent.id);
  }

  @FieldResolver(() => PerisaiOffice, { nullable: true, description: "Null when outside the viewer's scope." })
  async fromOffice(@Root() transfer: AgentTransfer, @Ctx() ctx: SubgraphContext): Promise<PerisaiOffice | null> {
    return visibleOffice(ctx.viewer, await entityById(ctx, PerisaiOffice).load(transfer.fromOffice.id));
  }

  @FieldResolver(() => PerisaiOffice, { nullable: true, description: "Null when outside the viewer's scope." })
  async toOffice(@Root() transfer: AgentTransfer, @Ctx() ctx: SubgraphContext): Promise<PerisaiOffice | null> {
    return visibleOffice(ctx.viewer, await entityById(ctx, PerisaiOffice).load(transfer.toOffice.id));
  }
}
