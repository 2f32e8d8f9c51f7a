import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { localIdOf } from "../../../shared/graphql/global-id";
import { Agent } from "../entities/agent.entity";
import { UmkmStub } from "../entities/external/umkm.stub";
import { ownerAgents } from "./agent.loaders";
import { visibleAgent } from "./scope";

/** Perisai's field on the okoce subgraph's Umkm. */
@Resolver(() => UmkmStub)
export class UmkmExtensionResolver {
  @FieldResolver(() => Agent, {
    nullable: true,
    description:
      "The agent record of the UMKM's owner: the one serving, else the latest; null if the owner was never an agent or the agent is outside the viewer's scope.",
  })
  async ownerAgent(@Root() umkm: UmkmStub, @Ctx() ctx: SubgraphContext): Promise<Agent | null> {
    const umkmId = localIdOf(umkm.id, "Umkm");
    return umkmId === null ? null : visibleAgent(ctx.viewer, await ownerAgents(ctx).load(umkmId));
  }
}
