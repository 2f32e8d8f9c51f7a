import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { localIdOf } from "../../../shared/graphql/global-id";
import { Agent } from "../entities/agent.entity";
import { UmkmStub } from "../entities/external/umkm.stub";
import { ownerAgents } from "./agent.loaders";

/** Perisai's field on the okoce subgraph's Umkm. */
@Resolver(() => UmkmStub)
export class UmkmExtensionResolver {
  @FieldResolver(() => Agent, {
    nullable: true,
    description:
      "The agent record of the UMKM's owner: the one serving, else the latest; null if the owner was never an agent.",
  })
  ownerAgent(@Root() umkm: UmkmStub, @Ctx() ctx: SubgraphContext): Promise<Agent | null> | null {
    const umkmId = localIdOf(umkm.id, "Umkm");
    return umkmId === null ? null : ownerAgents(ctx).load(umkmId);
  }
}
