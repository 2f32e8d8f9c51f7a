import type { Cache, UpdatesConfig } from "@urql/exchange-graphcache";

interface WithUserErrors {
  userErrors?: readonly unknown[] | null;
}

/** Every cached page of these Query fields, whatever their arguments, is fetched again on next use. */
function invalidateQueryFields(cache: Cache, names: readonly string[]) {
  for (const field of cache.inspectFields("Query")) {
    if (names.includes(field.fieldName)) cache.invalidate("Query", field.fieldName, field.arguments);
  }
}

function succeeded(result: Record<string, unknown>, field: string): boolean {
  const payload = result[field] as WithUserErrors | null | undefined;
  return Boolean(payload) && (payload?.userErrors?.length ?? 0) === 0;
}

/**
 * A decided proposal leaves the list (a kept agent until new inactive months accumulate, a terminated one for
 * good); a new office target changes the progress and review lists.
 */
export const followUpUpdates: UpdatesConfig["Mutation"] = {
  decideTerminationProposal(result, _args, cache) {
    if (succeeded(result, "decideTerminationProposal")) invalidateQueryFields(cache, ["terminationProposals"]);
  },
  setOfficeTarget(result, _args, cache) {
    if (succeeded(result, "setOfficeTarget"))
      invalidateQueryFields(cache, ["officeTargetProgress", "officeReviewList"]);
  },
};
