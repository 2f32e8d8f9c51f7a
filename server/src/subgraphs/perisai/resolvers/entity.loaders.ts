import type { EntityClass } from "@mikro-orm/core";
import type DataLoader from "dataloader";
import { findByKeys } from "../../../shared/db/find-by-keys";
import type { SubgraphContext } from "../../../shared/graphql/context";

/** Rows by id, one statement per entity type per request (field resolvers and `_entities` alike). */
export function entityById<T extends { id: number }>(
  ctx: SubgraphContext,
  entity: EntityClass<T>,
): DataLoader<number, T | null> {
  return ctx.loaders.get<number, T | null>(`${entity.name}ById`, async (ids) => {
    const rows = await findByKeys(ctx.em, entity, "id", ids);
    return new Map(rows.map((row) => [row.id, row]));
  });
}

/** The same, for a nullable foreign key. */
export function loadOptional<T extends { id: number }>(
  ctx: SubgraphContext,
  entity: EntityClass<T>,
  id: number | null | undefined,
): Promise<T | null> | null {
  return id ? entityById(ctx, entity).load(id) : null;
}
