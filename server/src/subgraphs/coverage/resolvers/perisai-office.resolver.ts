import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { childPageKey } from "../../../shared/graphql/batched-connection";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { PageArgs, paginate } from "../../../shared/graphql/relay";
import { withinScope } from "../access/row-scope";
import { PerisaiOfficeRef } from "../entities/external/perisai-office.ref";
import { Participant } from "../entities/participant.entity";
import { OfficeCoverage } from "../entities/rollups/office-coverage.entity";
import { OfficeParticipantFilter } from "../inputs/office-participant.filter";
import { ParticipantConnection } from "./connections";
import { officeParticipantPages, PARTICIPANT_ORDER } from "./participant.loaders";
import { participantWhere } from "./participant.where";
import { officeCoverage } from "./rollup.loaders";

@Resolver(() => PerisaiOfficeRef)
export class PerisaiOfficeCoverageResolver {
  @FieldResolver(() => OfficeCoverage, {
    nullable: true,
    description:
      "Participants enrolled and contributions collected by the office's agents (for every signed-in role). " +
      "Null, with an error, when coverage data is unavailable.",
  })
  coverage(@Root() office: PerisaiOfficeRef, @Ctx() ctx: SubgraphContext): Promise<OfficeCoverage> {
    return officeCoverage(ctx).load(office.localId);
  }

  @FieldResolver(() => ParticipantConnection, {
    description: "Participants enrolled through this office that are in your scope, in enrolment order.",
  })
  participants(
    @Root() office: PerisaiOfficeRef,
    @Arg("filter", () => OfficeParticipantFilter, { nullable: true }) filter: OfficeParticipantFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const where = withinScope(ctx.viewer, participantWhere(filter));
    const first = childPageKey(page);
    if (first !== null) return officeParticipantPages(ctx, where, first).load(office.localId);
    return paginate(
      ctx.em,
      Participant,
      { $and: [{ officeId: office.localId }, where] },
      { page, orderBy: PARTICIPANT_ORDER, info },
    );
  }
}
