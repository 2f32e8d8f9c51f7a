import { firstPagesByParent } from "../../../shared/graphql/batched-connection";
import type { SubgraphContext } from "../../../shared/graphql/context";
import type { ConnectionShape } from "../../../shared/graphql/relay";
import { Mou } from "../entities/mou.entity";
import { BY_SIGNED_ON } from "./orders";

export function mouPagesByBpjsOffice(ctx: SubgraphContext, first: number) {
  return ctx.loaders.get<number, ConnectionShape<Mou>>(`mousByBpjsOffice:${first}`, (ids) =>
    firstPagesByParent(ctx.em, ids, { entity: Mou, parentProperty: "bpjsOffice", orderBy: BY_SIGNED_ON, first }),
  );
}

export function mouPagesByChapter(ctx: SubgraphContext, first: number) {
  return ctx.loaders.get<number, ConnectionShape<Mou>>(`mousByChapter:${first}`, (ids) =>
    firstPagesByParent(ctx.em, ids, { entity: Mou, parentProperty: "chapterId", orderBy: BY_SIGNED_ON, first }),
  );
}
