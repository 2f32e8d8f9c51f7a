import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { PageArgs } from "../../../shared/graphql/relay";
import { RegionStub } from "../entities/external/region.stub";
import { PerisaiOfficeConnection } from "./perisai-office.connection";
import { officeConnectionBy } from "./perisai-office.loaders";

/** Perisai's fields on the regions subgraph's Region. */
@Resolver(() => RegionStub)
export class RegionExtensionResolver {
  @FieldResolver(() => PerisaiOfficeConnection, {
    description:
      "Kantor Perisai whose region is exactly this one and that the viewer may see (use perisaiOffices(filter: {regionCode}) for those below).",
  })
  perisaiOffices(
    @Root() region: RegionStub,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return officeConnectionBy(ctx, "regionCode", region.code, page, info);
  }
}
