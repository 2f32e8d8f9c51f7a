import type { Cache, UpdatesConfig } from "@urql/exchange-graphcache";

interface OfficeResult {
  perisaiOffice?: {
    id: string;
    parent?: { id: string } | null;
    region?: { code: string } | null;
    mou?: { id: string } | null;
    supervisingBranch?: { id: string } | null;
  } | null;
}

/** Every cached page of a root list, whatever its filter, sort and cursor, is fetched again on next use. */
function invalidateRootList(cache: Cache, fieldName: string) {
  for (const field of cache.inspectFields("Query")) {
    if (field.fieldName === fieldName) cache.invalidate("Query", field.fieldName, field.arguments);
  }
}

/** The lists an office appears in: the office lists, its parent's sub-offices, its region's, MoU's and branch's. */
function invalidateOfficeLists(cache: Cache, office: NonNullable<OfficeResult["perisaiOffice"]>) {
  invalidateRootList(cache, "perisaiOffices");
  if (office.parent) cache.invalidate({ __typename: "PerisaiOffice", id: office.parent.id }, "children");
  if (office.region) cache.invalidate({ __typename: "Region", code: office.region.code }, "perisaiOffices");
  if (office.mou) cache.invalidate({ __typename: "Mou", id: office.mou.id }, "perisaiOffices");
  if (office.supervisingBranch)
    cache.invalidate({ __typename: "BpjsOffice", id: office.supervisingBranch.id }, "supervisedOffices");
}

/**
 * A new or changed Kantor Perisai or MoU shows in every list at once (its name, filter and sort place may
 * have changed); the records themselves are updated by their ids.
 */
export const officeUpdates: NonNullable<UpdatesConfig["Mutation"]> = {
  createPerisaiOffice(result, _args, cache) {
    const office = (result.createPerisaiOffice as OfficeResult | null)?.perisaiOffice;
    if (office) invalidateOfficeLists(cache, office);
  },
  updatePerisaiOffice(result, _args, cache) {
    const office = (result.updatePerisaiOffice as OfficeResult | null)?.perisaiOffice;
    if (office) invalidateOfficeLists(cache, office);
  },
  createMou(result, _args, cache) {
    if ((result.createMou as { mou?: unknown } | null)?.mou) invalidateRootList(cache, "mous");
  },
  updateMou(result, _args, cache) {
    if ((result.updateMou as { mou?: unknown } | null)?.mou) invalidateRootList(cache, "mous");
  },
};
