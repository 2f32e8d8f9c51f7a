import { escapeLike } from "../../../shared/db/like";
/** Pieces of MikroORM filters that several lists share. */

/** A region and everything below it: the code itself or any code that continues it after a dot. */
export function regionPrefix(code: string): object {
  const trimmed = code.trim().replace(/\.+$/, "");
  return { $or: [{ regionCode: trimmed }, { regionCode: { $like: `${escapeLike(trimmed)}.%` } }] };
}

/** Up to eight words of a search box, each of which must appear somewhere in the text. */
export function searchWords(search: string | undefined): string[] {
  return (search ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 8);
}

export function containsWord(word: string): { $ilike: string } {
  return { $ilike: `%${escapeLike(word)}%` };
}
