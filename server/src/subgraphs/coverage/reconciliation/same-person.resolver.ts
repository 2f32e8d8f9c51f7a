import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { agentRef, AgentRef } from "../entities/external/agent.ref";
import { UmkmRef, umkmRef } from "../entities/external/umkm.ref";
import { Participant } from "../entities/participant.entity";
import {
  agentOfParticipant,
  participantOfAgent,
  participantOfUmkmOwner,
  umkmOwnedByParticipant,
} from "./same-person.loaders";

@Resolver(() => Participant)
export class ParticipantSamePersonResolver {
  @FieldResolver(() => AgentRef, {
    nullable: true,
    description: "The same person as an Agen Perisai (matched by NIK across registries), if they are one.",
  })
  async asAgent(@Root() participant: Participant, @Ctx() ctx: SubgraphContext): Promise<AgentRef | null> {
    const agentId = await agentOfParticipant(ctx).load(participant.id);
    return agentId === null ? null : agentRef(agentId);
  }

  @FieldResolver(() => [UmkmRef], {
    description: "UMKM of the OK OCE registry this person owns (matched by NIK).",
  })
  async ownedUmkm(@Root() participant: Participant, @Ctx() ctx: SubgraphContext): Promise<UmkmRef[]> {
    return (await umkmOwnedByParticipant(ctx).load(participant.id)).map(umkmRef);
  }
}

@Resolver(() => AgentRef)
export class AgentSamePersonResolver {
  @FieldResolver(() => Participant, {
    nullable: true,
    description: "The same person enrolled as a participant (matched by NIK), when you may see that participant.",
  })
  asParticipant(@Root() agent: AgentRef, @Ctx() ctx: SubgraphContext): Promise<Participant | null> {
    return participantOfAgent(ctx).load(agent.localId);
  }
}

@Resolver(() => UmkmRef)
export class UmkmOwnerSamePersonResolver {
  @FieldResolver(() => Participant, {
    nullable: true,
    description: "The owner enrolled as a participant (matched by NIK), when you may see that participant.",
  })
  ownerParticipant(@Root() umkm: UmkmRef, @Ctx() ctx: SubgraphContext): Promise<Participant | null> {
    return participantOfUmkmOwner(ctx).load(umkm.localId);
  }
}
