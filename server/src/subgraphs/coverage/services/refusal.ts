import { UserErrorCode, UserInputError, userError } from "../../../shared/graphql/user-error";

/** Ends a mutation with one userError; the transaction rolls back, so nothing is written. */
export function refuse(field: string, message: string, code: UserErrorCode): never {
  throw new UserInputError([userError(field, message, code)]);
}

/** The refusal for an object outside the caller's part of the network. */
export function forbid(field: string, message: string): never {
  return refuse(field, message, UserErrorCode.FORBIDDEN);
}
