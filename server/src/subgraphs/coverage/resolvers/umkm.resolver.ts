import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { childPageKey } from "../../../shared/graphql/batched-connection";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { PageArgs, paginate } from "../../../shared/graphql/relay";
import { withinScope } from "../access/row-scope";
import { UmkmRef } from "../entities/external/umkm.ref";
import { Participant } from "../entities/participant.entity";
import { ParticipantConnection } from "./connections";
import { participantPagesBy, PARTICIPANT_ORDER } from "./participant.loaders";
import { umkmCovered } from "./rollup.loaders";

@Resolver(() => UmkmRef)
export class UmkmCoverageResolver {
  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      "True while at least one participant of this UMKM is ACTIVE (for every signed-in role). " +
      "Null, with an error, when coverage data is unavailable.",
  })
  covered(@Root() umkm: UmkmRef, @Ctx() ctx: SubgraphContext): Promise<boolean> {
    return umkmCovered(ctx).load(umkm.localId);
  }

  @FieldResolver(() => ParticipantConnection, {
    description: "The UMKM's owner and workers enrolled as participants, those in your scope.",
  })
  participants(
    @Root() umkm: UmkmRef,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const first = childPageKey(page);
    if (first !== null) return participantPagesBy(ctx, "umkmId", first).load(umkm.localId);
    return paginate(ctx.em, Participant, withinScope<Participant>(ctx.viewer, { umkmId: umkm.localId }), {
      page,
      orderBy: PARTICIPANT_ORDER,
      info,
    });
  }
}
