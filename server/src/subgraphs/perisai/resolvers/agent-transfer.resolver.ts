import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { AgentTransfer } from "../entities/agent-transfer.entity";
import { Agent } from "../entities/agent.entity";
import { PerisaiOffice } from "../entities/perisai-office.entity";
import { entityById } from "./entity.loaders";

@Resolver(() => AgentTransfer)
export class AgentTransferResolver {
  @FieldResolver(() => Agent)
  agent(@Root() transfer: AgentTransfer, @Ctx() ctx: SubgraphContext): Promise<Agent | null> {
    return entityById(ctx, Agent).load(transfer.agent.id);
  }

  @FieldResolver(() => PerisaiOffice)
  fromOffice(@Root() transfer: AgentTransfer, @Ctx() ctx: SubgraphContext): Promise<PerisaiOffice | null> {
    return entityById(ctx, PerisaiOffice).load(transfer.fromOffice.id);
  }

  @FieldResolver(() => PerisaiOffice)
  toOffice(@Root() transfer: AgentTransfer, @Ctx() ctx: SubgraphContext): Promise<PerisaiOffice | null> {
    return entityById(ctx, PerisaiOffice).load(transfer.toOffice.id);
  }
}
