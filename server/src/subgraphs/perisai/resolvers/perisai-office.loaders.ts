import type { FilterQuery } from "@mikro-orm/core";
import type { GraphQLResolveInfo } from "graphql";
import { Role } from "../../../shared/auth/role";
import { firstPagesByParent } from "../../../shared/graphql/batched-connection";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { paginate, type ConnectionShape, type PageArgs } from "../../../shared/graphql/relay";
import type { AgentStatus } from "../entities/agent-status";
import { PerisaiOffice } from "../entities/perisai-office.entity";
import { childConnection } from "./child-connection";
import { BY_NAME } from "./orders";
import { officeScope } from "./scope";

type OfficeParent = "parent" | "regionCode" | "hostChapterId" | "mou" | "supervisingBranch";

/**
 * First pages of the offices the viewer may see, grouped by one of their columns: children, offices of a
 * region, of a chapter, of a MoU, of a branch.
 */
export function officePagesBy<K extends string | number>(
  ctx: SubgraphContext,
  parentProperty: OfficeParent,
  first: number,
) {
  return ctx.loaders.get<K, ConnectionShape<PerisaiOffice>>(`perisaiOfficesBy:${parentProperty}:${first}`, (keys) =>
    firstPagesByParent(ctx.em, keys, {
      entity: PerisaiOffice,
      parentProperty,
      orderBy: BY_NAME,
      first,
      where: officeScope(ctx.viewer),
    }),
  );
}

/** A nested connection of the offices (in the viewer's scope) whose `parentProperty` is `key`, by name. */
export function officeConnectionBy<K extends string | number>(
  ctx: SubgraphContext,
  parentProperty: OfficeParent,
  key: K,
  page: PageArgs,
  info: GraphQLResolveInfo,
): Promise<ConnectionShape<PerisaiOffice>> {
  const where = { $and: [{ [parentProperty]: key }, officeScope(ctx.viewer)] } as FilterQuery<PerisaiOffice>;
  return childConnection(
    page,
    (first) => officePagesBy<K>(ctx, parentProperty, first).load(key),
    () => paginate(ctx.em, PerisaiOffice, where, { page, orderBy: BY_NAME, info }),
  );
}

/**
 * Agents per office, all or of one status, for many offices in one grouped count. The offices are visible
 * already; an agent counts only their own record, as in the office's agent list.
 */
export function agentCounts(ctx: SubgraphContext, status: AgentStatus | null) {
  return ctx.loaders.get<number, number>(`agentCounts:${status ?? "ALL"}`, async (officeIds) => {
    const conditions = [`"office_id" in (${officeIds.map(() => "?").join(", ")})`];
    const values: (number | string)[] = [...officeIds];
    if (status) {
      conditions.push('"status" = ?');
      values.push(status);
    }
    if (ctx.viewer.is(Role.AGENT)) {
      conditions.push('"id" = ?');
      values.push(ctx.viewer.agentId ?? 0);
    }
    const rows = await ctx.em
      .getConnection()
      .execute<{ office_id: number; count: string }[]>(
        `select "office_id", count(*) as "count" from "perisai"."agent" where ${conditions.join(" and ")} group by "office_id"`,
        values,
      );
    const counts = new Map(rows.map((row) => [row.office_id, Number(row.count)]));
    return officeIds.map((id) => counts.get(id) ?? 0);
  });
}

/** Ids of the offices above each office, nearest first, for many offices in one recursive statement. */
export function ancestorIds(ctx: SubgraphContext) {
  return ctx.loaders.get<number, number[]>("perisaiOfficeAncestors", async (officeIds) => {
    const rows = await ctx.em.getConnection().execute<{ start_id: number; id: number }[]>(
      `with recursive chain ("start_id", "id", "parent_id", "depth") as (
         select "id", "id", "parent_id", 0 from "perisai"."perisai_office" where "id" in (${officeIds.map(() => "?").join(", ")})
         union all
         select chain."start_id", office."id", office."parent_id", chain."depth" + 1
         from chain join "perisai"."perisai_office" office on office."id" = chain."parent_id"
         where chain."depth" < 64
       )
       select "start_id", "id" from chain where "depth" > 0 order by "start_id", "depth"`,
      [...officeIds],
    );
    const chains = new Map<number, number[]>(officeIds.map((id) => [id, []]));
    for (const row of rows) chains.get(row.start_id)?.push(row.id);
    return officeIds.map((id) => chains.get(id) ?? []);
  });
}
