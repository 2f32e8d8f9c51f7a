import { FieldResolver, Int, Resolver, Root, type ClassType } from "type-graphql";
import type { BaseEntity } from "../../../shared/db/base.entity";

type Audited = Pick<BaseEntity, "createdAt" | "updatedAt" | "version">;

/**
 * createdAt, updatedAt and version for an entity type. BaseEntity carries no GraphQL decorators and a
 * subclass cannot redeclare its properties, so the fields are resolved here, once per type.
 */
export function auditFieldsResolver<T extends Audited>(type: ClassType<T>) {
  @Resolver(() => type)
  class AuditFieldsResolver {
    @FieldResolver(() => Date)
    createdAt(@Root() row: T): Date {
      return row.createdAt;
    }

    @FieldResolver(() => Date)
    updatedAt(@Root() row: T): Date {
      return row.updatedAt;
    }

    @FieldResolver(() => Int, { description: "Changes with every edit; send it back as expectedVersion to edit." })
    version(@Root() row: T): number {
      return row.version;
    }
  }
  return AuditFieldsResolver;
}
