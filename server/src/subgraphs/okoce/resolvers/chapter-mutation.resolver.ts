import { LockMode } from "@mikro-orm/core";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { assertVersion, runMutation } from "../../../shared/graphql/mutation";
import { UserErrorCode, UserInputError, userError } from "../../../shared/graphql/user-error";
import { localIdOf } from "../../../shared/graphql/global-id";
import { auditWrite } from "../access/audit-trail";
import { CHAPTER_EDITORS } from "../access/write-rules";
import { OkOceChapter } from "../entities/ok-oce-chapter.entity";
import { CreateChapterInput } from "../inputs/create-chapter.input";
import { UpdateChapterInput } from "../inputs/update-chapter.input";
import { applyChapterDraft, chapterDraftOf, draftChapterChanges, draftNewChapter } from "../validation/chapter-draft";
import { CreateChapterPayload, UpdateChapterPayload } from "./chapter.payload";

@Resolver()
export class ChapterMutationResolver {
  @Mutation(() => CreateChapterPayload, { description: "Adds an OK OCE chapter to the tree (national coordinators)." })
  async createChapter(
    @Arg("input", () => CreateChapterInput) input: CreateChapterInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CreateChapterPayload> {
    ctx.viewer.requireRole(...CHAPTER_EDITORS);
    return runMutation<CreateChapterPayload>(ctx.em, async (em) => {
      const draft = await draftNewChapter(em, input);
      const chapter = applyChapterDraft(em, new OkOceChapter(), draft);
      // Flushed now so the audit entry can name the new chapter's id.
      await em.persist(chapter).flush();
      await auditWrite(em, ctx.viewer, {
        action: "createChapter",
        objectType: "OkOceChapter",
        objectId: chapter.globalId,
        before: null,
        after: draft,
        regionCode: draft.regionCode,
      });
      return { chapter };
    });
  }

  @Mutation(() => UpdateChapterPayload, {
    description:
      "Edits a chapter, moving it in the tree if asked; refused if it changed since expectedVersion (national coordinators).",
  })
  async updateChapter(
    @Arg("input", () => UpdateChapterInput) input: UpdateChapterInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<UpdateChapterPayload> {
    ctx.viewer.requireRole(...CHAPTER_EDITORS);
    return runMutation<UpdateChapterPayload>(ctx.em, async (em) => {
      const id = localIdOf(input.id, "OkOceChapter");
      // Locked until commit, so two edits of one chapter run one after the other and the second sees STALE.
      const chapter = id === null ? null : await em.findOne(OkOceChapter, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!chapter) throw new UserInputError([userError("id", "No chapter has this ID", UserErrorCode.NOT_FOUND)]);
      assertVersion(chapter.version, input.expectedVersion);
      const before = chapterDraftOf(chapter);
      const draft = await draftChapterChanges(em, chapter, input);
      applyChapterDraft(em, chapter, draft);
      await auditWrite(em, ctx.viewer, {
        action: "updateChapter",
        objectType: "OkOceChapter",
        objectId: chapter.globalId,
        before,
        after: draft,
        regionCode: draft.regionCode,
      });
      return { chapter };
    });
  }
}
