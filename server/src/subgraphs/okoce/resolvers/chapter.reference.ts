import type { SubgraphContext } from "../../../shared/graphql/context";
import { localIdOf } from "../../../shared/graphql/global-id";
import type { OkOceChapter } from "../entities/ok-oce-chapter.entity";
import { chapterById } from "./chapter.loaders";

/** Other subgraphs refer to a chapter by its global id; every lookup of a request shares one statement. */
export const chapterReference = {
  __resolveReference(reference: { id: string }, ctx: SubgraphContext): Promise<OkOceChapter | null> | null {
    const id = localIdOf(reference.id, "OkOceChapter");
    return id === null ? null : chapterById(ctx).load(id);
  },
};
