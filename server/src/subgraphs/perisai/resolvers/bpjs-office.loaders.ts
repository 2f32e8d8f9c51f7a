import { firstPagesByParent } from "../../../shared/graphql/batched-connection";
import type { SubgraphContext } from "../../../shared/graphql/context";
import type { ConnectionShape } from "../../../shared/graphql/relay";
import { BpjsOffice } from "../entities/bpjs-office.entity";
import { BY_NAME } from "./orders";

export function bpjsOfficeChildPages(ctx: SubgraphContext, first: number) {
  return ctx.loaders.get<number, ConnectionShape<BpjsOffice>>(`bpjsOfficeChildren:${first}`, (ids) =>
    firstPagesByParent(ctx.em, ids, { entity: BpjsOffice, parentProperty: "parent", orderBy: BY_NAME, first }),
  );
}
