import type { UserErrorCode } from "../../../shared/graphql/user-error";

/** Why a domain rule refuses a change, in the shape of a userError (the field is relative to the input). */
export interface Refusal {
  field: string;
  message: string;
  code: UserErrorCode;
}
