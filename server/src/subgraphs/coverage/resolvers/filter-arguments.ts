import { GraphQLError } from "graphql";

const REGION_CODE = /^\d{2}(\.\d{2}){0,2}$/;

function badFilter(argument: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", argument } });
}

/**
 * Participants live in a kecamatan; a province or regency code selects every kecamatan under it
 * ("21.71" → "21.71.%", so "21.7" can never match "21.71" by accident).
 */
export function districtCodeCondition(code: string, argument: string): string | { $like: string } {
  const trimmed = code.trim();
  if (!REGION_CODE.test(trimmed)) {
    throw badFilter(
      argument,
      `"${argument}" must be a province, regency or kecamatan code ("21", "21.71", "21.71.06")`,
    );
  }
  return trimmed.split(".").length === 3 ? trimmed : { $like: `${trimmed}.%` };
}

export function assertSearchLength(search: string, argument: string): void {
  if (search.length > 100) throw badFilter(argument, `"${argument}" must be at most 100 characters`);
}
