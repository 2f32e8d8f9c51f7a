import { QueryOrder, type FilterQuery, type QueryOrderMap } from "@mikro-orm/core";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { requireLocalId } from "../../../shared/graphql/global-id";
import { PageArgs, paginate } from "../../../shared/graphql/relay";
import { BpjsOffice } from "../entities/bpjs-office.entity";
import { RegionStub } from "../entities/external/region.stub";
import { Mou } from "../entities/mou.entity";
import { BpjsOfficeFilter, BpjsOfficeSortKey } from "../inputs/bpjs-office.filter";
import { BpjsOfficeConnection } from "./bpjs-office.connection";
import { bpjsOfficeChildPages } from "./bpjs-office.loaders";
import { mouPagesByBpjsOffice } from "./mou.loaders";
import { childConnection } from "./child-connection";
import { entityById, loadOptional } from "./entity.loaders";
import { MouConnection } from "./mou.connection";
import { BY_NAME, BY_SIGNED_ON } from "./orders";
import { PerisaiOfficeConnection } from "./perisai-office.connection";
import { officeConnectionBy } from "./perisai-office.loaders";
import { containsWord, regionPrefix, searchWords } from "./where";

export function bpjsOfficeWhere(filter: BpjsOfficeFilter | undefined): FilterQuery<BpjsOffice> {
  const conditions: FilterQuery<BpjsOffice>[] = [];
  if (filter?.kind) conditions.push({ kind: filter.kind });
  if (filter?.parentId) conditions.push({ parent: requireLocalId(filter.parentId, "BpjsOffice", "filter.parentId") });
  if (filter?.regionCode) conditions.push(regionPrefix(filter.regionCode));
  for (const word of searchWords(filter?.search)) conditions.push({ name: containsWord(word) });
  return conditions.length ? { $and: conditions } : {};
}

@Resolver(() => BpjsOffice)
export class BpjsOfficeResolver {
  @Query(() => BpjsOffice, { nullable: true, description: "A BPJAMSOSTEK office by its global ID." })
  bpjsOffice(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<BpjsOffice | null> {
    return entityById(ctx, BpjsOffice).load(requireLocalId(id, "BpjsOffice"));
  }

  @Query(() => BpjsOfficeConnection, {
    description: "BPJAMSOSTEK offices: Kantor Pusat, Wilayah, Cabang, Cabang Perintis.",
  })
  bpjsOffices(
    @Arg("filter", () => BpjsOfficeFilter, { nullable: true }) filter: BpjsOfficeFilter | undefined,
    @Arg("sortKey", () => BpjsOfficeSortKey, { defaultValue: BpjsOfficeSortKey.NAME }) sortKey: BpjsOfficeSortKey,
    @Arg("reverse", () => Boolean, { defaultValue: false }) reverse: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const direction = reverse ? QueryOrder.DESC : QueryOrder.ASC;
    const orderBy: QueryOrderMap<BpjsOffice> =
      sortKey === BpjsOfficeSortKey.CREATED_AT
        ? { createdAt: direction, id: direction }
        : { name: direction, id: direction };
    return paginate(ctx.em, BpjsOffice, bpjsOfficeWhere(filter), { page, orderBy, info });
  }

  @FieldResolver(() => BpjsOffice, {
    nullable: true,
    description: "The office one level up; null for the Kantor Pusat.",
  })
  parent(@Root() office: BpjsOffice, @Ctx() ctx: SubgraphContext): Promise<BpjsOffice | null> | null {
    return loadOptional(ctx, BpjsOffice, office.parent?.id);
  }

  @FieldResolver(() => RegionStub, { description: "Where the office sits." })
  region(@Root() office: BpjsOffice): RegionStub {
    return RegionStub.of(office.regionCode);
  }

  @FieldResolver(() => BpjsOfficeConnection, { description: "The offices one level down, by name." })
  children(
    @Root() office: BpjsOffice,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childConnection(
      page,
      (first) => bpjsOfficeChildPages(ctx, first).load(office.id),
      () => paginate(ctx.em, BpjsOffice, { parent: office.id }, { page, orderBy: BY_NAME, info }),
    );
  }

  @FieldResolver(() => MouConnection, { description: "MoUs this office signed, oldest first." })
  mous(
    @Root() office: BpjsOffice,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childConnection(
      page,
      (first) => mouPagesByBpjsOffice(ctx, first).load(office.id),
      () => paginate(ctx.em, Mou, { bpjsOffice: office.id }, { page, orderBy: BY_SIGNED_ON, info }),
    );
  }

  @FieldResolver(() => PerisaiOfficeConnection, {
    description: "Kantor Perisai this branch supervises that the viewer may see, by name.",
  })
  supervisedOffices(
    @Root() office: BpjsOffice,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return officeConnectionBy(ctx, "supervisingBranch", office.id, page, info);
  }
}
