import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Directive } from "type-graphql";

/** Why a mutation refused its input; the same list in every subgraph. */
export enum UserErrorCode {
  REQUIRED = "REQUIRED",
  INVALID = "INVALID",
  NOT_FOUND = "NOT_FOUND",
  TAKEN = "TAKEN",
  STALE = "STALE",
  INVALID_TRANSITION = "INVALID_TRANSITION",
  OUT_OF_RANGE = "OUT_OF_RANGE",
  FORBIDDEN = "FORBIDDEN",
  RATE_LIMITED = "RATE_LIMITED",
}

registerEnumType(UserErrorCode, {
  name: "UserErrorCode",
  description: "Why a mutation refused its input.",
  valuesConfig: {
    REQUIRED: { description: "A required value is missing." },
    INVALID: { description: "The value has the wrong form (a NIK that is not 16 digits, a bad phone number…)." },
    NOT_FOUND: { description: "A referenced object does not exist." },
    TAKEN: { description: "The value must be unique and is already used." },
    STALE: { description: "The object changed since it was read: reload it and apply the edit again." },
    INVALID_TRANSITION: { description: "The object's current state does not allow this action." },
    OUT_OF_RANGE: { description: "The value is outside the allowed range." },
    FORBIDDEN: { description: "The caller may not do this (the object is outside their part of the network)." },
    RATE_LIMITED: { description: "Too many attempts; wait before trying again." },
  },
});

@ObjectType({ description: "A problem with a mutation's input. Nothing was written." })
@Directive("@shareable")
export class UserError {
  @Field(() => [String], { description: 'Path to the input field, e.g. ["input", "nik"].' })
  field!: string[];

  @Field(() => String)
  message!: string;

  @Field(() => UserErrorCode)
  code!: UserErrorCode;
}

export function userError(field: string, message: string, code: UserErrorCode): UserError {
  const path = field ? ["input", ...field.split(".")] : ["input"];
  return Object.assign(new UserError(), { field: path, message, code });
}

/** Thrown inside a mutation's transaction to roll it back and answer with userErrors. */
export class UserInputError extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((error) => error.message).join("; "));
  }
}
