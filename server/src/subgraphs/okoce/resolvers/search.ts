import { GraphQLError } from "graphql";
import { regionCodeLevel, type RegionCodeLevel } from "../domain/region-codes";
import { escapeLike } from "../../../shared/db/like";

/** At most this many words of a search are used; each one narrows the result. */
const MAX_WORDS = 8;

/** `%word%` patterns for ILIKE, one per word of the search text. */
export function searchPatterns(text: string | undefined): string[] {
  const words = text?.trim().split(/\s+/).filter(Boolean) ?? [];
  return words.slice(0, MAX_WORDS).map((word) => `%${escapeLike(word)}%`);
}

/** A region code argument, trimmed; text that is no Kemendagri code is the caller's mistake. */
export function regionCodeArgument(code: string, argument: string): { code: string; level: RegionCodeLevel } {
  const trimmed = code.trim();
  const level = regionCodeLevel(trimmed);
  if (!level) {
    throw new GraphQLError(`"${argument}" must be a region code like "21", "21.71", "21.71.06" or "21.71.06.1001"`, {
      extensions: { code: "BAD_USER_INPUT", argument },
    });
  }
  return { code: trimmed, level };
}
