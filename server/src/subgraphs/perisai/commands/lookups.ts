import type { EntityClass, FilterQuery } from "@mikro-orm/core";
import type { Em } from "../../../shared/db/orm";
import { Problems } from "../../../shared/graphql/mutation";
import { UserErrorCode } from "../../../shared/graphql/user-error";
import { rowIdOf } from "../validation/fields";

/** A record an input refers to (officeId, mouId…); a wrong or unknown id is reported on that field. */
export async function findReferenced<T extends { id: number }>(
  em: Em,
  problems: Problems,
  field: string,
  entity: EntityClass<T>,
  globalId: string,
): Promise<T | null> {
  const id = rowIdOf(problems, field, globalId, entity.name);
  if (id === null) return null;
  const row = await em.findOne(entity, { id } as FilterQuery<T>);
  if (!row) problems.add(field, `No ${entity.name} has the ID ${field} gives`, UserErrorCode.NOT_FOUND);
  return row;
}

/** The record a mutation changes: without it there is nothing more to check, so it is refused at once. */
export async function requireTarget<T extends { id: number }>(
  em: Em,
  field: string,
  entity: EntityClass<T>,
  globalId: string,
): Promise<T> {
  const problems = new Problems();
  const row = await findReferenced(em, problems, field, entity, globalId);
  problems.throwIfAny();
  return row!;
}
