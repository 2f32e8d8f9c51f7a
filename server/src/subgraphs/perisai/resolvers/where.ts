import { escapeLike } from "../../../shared/db/like";
/** Pieces of MikroORM filters that several lists share. */

/** A region code as a filter names it (no blanks, no trailing dot), and the LIKE pattern of the codes below it. */
export function regionAndBelow(code: string): { code: string; below: string } {
  const trimmed = code.trim().replace(/\.+$/, "");
  return { code: trimmed, below: `${escapeLike(trimmed)}.%` };
}

/** A region and everything below it: the code itself or any code that continues it after a dot. */
export function regionPrefix(code: string): object {
  const region = regionAndBelow(code);
  return { $or: [{ regionCode: region.code }, { regionCode: { $like: region.below } }] };
}

/** Up to eight words of a search box, each of which must appear somewhere in the text. */
export function searchWords(search: string | undefined): string[] {
  return (search ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 8);
}

export function containsWord(word: string): { $ilike: string } {
  return { $ilike: `%${escapeLike(word)}%` };
}
