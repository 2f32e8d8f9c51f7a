import { LockMode } from "@mikro-orm/core";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { assertVersion, runMutation } from "../../../shared/graphql/mutation";
import { UserErrorCode, UserInputError, userError } from "../../../shared/graphql/user-error";
import { localIdOf } from "../../../shared/graphql/global-id";
import { OkOceChapter } from "../entities/ok-oce-chapter.entity";
import { CreateChapterInput } from "../inputs/create-chapter.input";
import { UpdateChapterInput } from "../inputs/update-chapter.input";
import { applyChapterDraft, draftChapterChanges, draftNewChapter } from "../validation/chapter-draft";
import { CreateChapterPayload, UpdateChapterPayload } from "./chapter.payload";

@Resolver()
export class ChapterMutationResolver {
  @Mutation(() => CreateChapterPayload, { description: "Adds an OK OCE chapter to the tree." })
  createChapter(
    @Arg("input", () => CreateChapterInput) input: CreateChapterInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CreateChapterPayload> {
    return runMutation<CreateChapterPayload>(ctx.em, async (em) => {
      const draft = await draftNewChapter(em, input);
      const chapter = applyChapterDraft(em, new OkOceChapter(), draft);
      em.persist(chapter);
      return { chapter };
    });
  }

  @Mutation(() => UpdateChapterPayload, {
    description: "Edits a chapter, moving it in the tree if asked; refused if it changed since expectedVersion.",
  })
  updateChapter(
    @Arg("input", () => UpdateChapterInput) input: UpdateChapterInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<UpdateChapterPayload> {
    return runMutation<UpdateChapterPayload>(ctx.em, async (em) => {
      const id = localIdOf(input.id, "OkOceChapter");
      // Locked until commit, so two edits of one chapter run one after the other and the second sees STALE.
      const chapter = id === null ? null : await em.findOne(OkOceChapter, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!chapter) throw new UserInputError([userError("id", "No chapter has this ID", UserErrorCode.NOT_FOUND)]);
      assertVersion(chapter.version, input.expectedVersion);
      applyChapterDraft(em, chapter, await draftChapterChanges(em, chapter, input));
      return { chapter };
    });
  }
}
