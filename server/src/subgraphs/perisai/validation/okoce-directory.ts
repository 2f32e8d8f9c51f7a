import type { Em } from "../../../shared/db/orm";
import type { Problems } from "../../../shared/graphql/mutation";
import { UserErrorCode } from "../../../shared/graphql/user-error";
import { rowIdOf } from "./fields";

/**
 * What perisai may read of the okoce subgraph: its published, read-only views. Runs on the mutation's
 * EntityManager so the reads happen inside its transaction.
 */
export async function chapterExists(em: Em, id: number): Promise<boolean> {
  const rows = await em.execute<{ id: number }[]>('select "id" from "okoce"."published_chapter" where "id" = ?', [id]);
  return rows.length > 0;
}

export interface PublishedUmkm {
  id: number;
  /** Keyed hash of the owner's NIK (shared/privacy/nik-hash.ts): okoce publishes no NIK in clear. */
  ownerNikHash: string;
}

export async function findUmkm(em: Em, id: number): Promise<PublishedUmkm | null> {
  const rows = await em.execute<{ id: number; owner_nik_hash: string }[]>(
    'select "id", "owner_nik_hash" from "okoce"."published_umkm" where "id" = ?',
    [id],
  );
  return rows[0] ? { id: rows[0].id, ownerNikHash: rows[0].owner_nik_hash } : null;
}

/** The row id of a chapter an input refers to, after checking it exists; problems go on `field`. */
export async function existingChapterId(
  em: Em,
  problems: Problems,
  field: string,
  globalId: string,
): Promise<number | null> {
  const id = rowIdOf(problems, field, globalId, "OkOceChapter");
  if (id === null) return null;
  if (!(await chapterExists(em, id))) {
    problems.add(field, "No OK OCE chapter has this ID", UserErrorCode.NOT_FOUND);
    return null;
  }
  return id;
}
