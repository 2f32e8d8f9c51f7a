import { QueryOrder, type QueryOrderMap } from "@mikro-orm/core";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { requireLocalId } from "../../../shared/graphql/global-id";
import { PageArgs, paginate, type ConnectionShape } from "../../../shared/graphql/relay";
import { maskNik, maskPhone } from "../../../shared/validation/mask";
import { seesUmkmOwnerInClear } from "../access/personal-data";
import { umkmScopeWhere } from "../access/read-scope";
import { UMKM_SECTORS } from "../domain/umkm-sectors";
import { OkOceChapter } from "../entities/ok-oce-chapter.entity";
import { Umkm } from "../entities/umkm.entity";
import { UmkmFilter, UmkmSortKey } from "../inputs/umkm.filter";
import { chapterById } from "./chapter.loaders";
import { UmkmConnection } from "./umkm.connection";
import { visibleUmkmById } from "./umkm.loaders";
import { umkmWhere } from "./umkm.where";

const SORT_PROPERTY = {
  BUSINESS_NAME: "businessName",
  OWNER_NAME: "ownerName",
  JOINED_ON: "joinedOn",
  WORKERS: "workers",
  CREATED_AT: "createdAt",
} as const satisfies Record<UmkmSortKey, keyof Umkm>;

function umkmOrder(sortKey: UmkmSortKey, reverse: boolean): QueryOrderMap<Umkm> {
  const direction = reverse ? QueryOrder.DESC : QueryOrder.ASC;
  return { [SORT_PROPERTY[sortKey]]: direction, id: direction };
}

@Resolver(() => Umkm)
export class UmkmResolver {
  @Query(() => Umkm, { nullable: true, description: "A UMKM by its ID; null when it is outside your territory." })
  umkm(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Umkm | null> {
    return visibleUmkmById(ctx).load(requireLocalId(id, "Umkm"));
  }

  @Query(() => UmkmConnection, { description: "The UMKM registry: the businesses of your territory." })
  umkms(
    @Arg("filter", () => UmkmFilter, { nullable: true }) filter: UmkmFilter | undefined,
    @Arg("sortKey", () => UmkmSortKey, { defaultValue: UmkmSortKey.BUSINESS_NAME }) sortKey: UmkmSortKey,
    @Arg("reverse", () => Boolean, { defaultValue: false }) reverse: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<Umkm>> {
    const where = { $and: [umkmWhere(filter), umkmScopeWhere(ctx.viewer)] };
    return paginate(ctx.em, Umkm, where, { page, orderBy: umkmOrder(sortKey, reverse), info });
  }

  @Query(() => [String], { description: "The sectors a UMKM can be recorded in." })
  umkmSectors(): readonly string[] {
    return [...UMKM_SECTORS];
  }

  @FieldResolver(() => OkOceChapter, { nullable: true, description: "The chapter that fosters the business." })
  chapter(@Root() umkm: Umkm, @Ctx() ctx: SubgraphContext): Promise<OkOceChapter | null> | null {
    return umkm.chapter ? chapterById(ctx).load(umkm.chapter.id) : null;
  }

  @FieldResolver(() => String, {
    description:
      "The owner's NIK: in clear for office admins, branch officers and agents whose territory holds the business, masked (2171************) for everyone else.",
  })
  ownerNik(@Root() umkm: Umkm, @Ctx() ctx: SubgraphContext): string {
    return seesUmkmOwnerInClear(ctx.viewer, umkm) ? umkm.ownerNik : (maskNik(umkm.ownerNik) ?? "");
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The owner's phone number: in clear under the same rule as ownerNik, masked (+62812******90) otherwise.",
  })
  phone(@Root() umkm: Umkm, @Ctx() ctx: SubgraphContext): string | null {
    return seesUmkmOwnerInClear(ctx.viewer, umkm) ? umkm.phone : maskPhone(umkm.phone);
  }
}
