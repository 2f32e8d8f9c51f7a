import type { Cache, UpdatesConfig } from "@urql/exchange-graphcache";

/** Every cached page of the UMKM registry, whatever its filter, sort and cursor, is fetched again on next use. */
function invalidateUmkmLists(result: Record<string, unknown>, field: string, cache: Cache) {
  if (!(result[field] as { umkm?: unknown } | null)?.umkm) return;
  for (const query of cache.inspectFields("Query")) {
    if (query.fieldName === "umkms") cache.invalidate("Query", query.fieldName, query.arguments);
  }
}

/** A new or edited UMKM may enter or leave any filtered list (kecamatan, sector, class, stage…) or move in it. */
export const umkmUpdates: NonNullable<UpdatesConfig["Mutation"]> = {
  createUmkm: (result, _args, cache) => invalidateUmkmLists(result, "createUmkm", cache),
  updateUmkm: (result, _args, cache) => invalidateUmkmLists(result, "updateUmkm", cache),
};
