import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { PageArgs, paginate } from "../../../shared/graphql/relay";
import { RegionStub } from "../entities/external/region.stub";
import { PerisaiOffice } from "../entities/perisai-office.entity";
import { childConnection } from "./child-connection";
import { BY_NAME } from "./orders";
import { PerisaiOfficeConnection } from "./perisai-office.connection";
import { officePagesBy } from "./perisai-office.loaders";

/** Perisai's fields on the regions subgraph's Region. */
@Resolver(() => RegionStub)
export class RegionExtensionResolver {
  @FieldResolver(() => PerisaiOfficeConnection, {
    description:
      "Kantor Perisai whose region is exactly this one (use perisaiOffices(filter: {regionCode}) for those below).",
  })
  perisaiOffices(
    @Root() region: RegionStub,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childConnection(
      page,
      (first) => officePagesBy<string>(ctx, "regionCode", first).load(region.code),
      () => paginate(ctx.em, PerisaiOffice, { regionCode: region.code }, { page, orderBy: BY_NAME, info }),
    );
  }
}
