import { Field, ObjectType, type ClassType } from "type-graphql";
import { UserError } from "../../../shared/graphql/user-error";

/**
 * `<Name>Payload { <field>: T, …, userErrors: [UserError!]! }`: the objects are null when userErrors is
 * not empty. Fields are declared in that order, so the SDL reads object first.
 */
export function payloadType(name: string, fields: Record<string, ClassType<object>>) {
  @ObjectType(`${name}Payload`)
  class Payload {}
  for (const [field, type] of Object.entries(fields)) Field(() => type, { nullable: true })(Payload.prototype, field);
  Field(() => [UserError], { description: "Why the input was refused; empty on success. Nothing was written if any." })(
    Payload.prototype,
    "userErrors",
  );
  return Payload;
}
