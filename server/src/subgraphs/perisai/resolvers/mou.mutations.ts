import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { runMutation } from "../../../shared/graphql/mutation";
import { createMou, updateMou } from "../commands/mou.commands";
import { CreateMouInput } from "../inputs/create-mou.input";
import { UpdateMouInput } from "../inputs/update-mou.input";
import { requireMayAttempt } from "./access";
import { CreateMouPayload, UpdateMouPayload } from "./payloads";

@Resolver()
export class MouMutations {
  @Mutation(() => CreateMouPayload, {
    description: "Records an MoU between a BPJAMSOSTEK office and an OK OCE chapter. National coordinators only.",
  })
  createMou(@Arg("input", () => CreateMouInput) input: CreateMouInput, @Ctx() ctx: SubgraphContext) {
    requireMayAttempt(ctx, "createMou");
    return runMutation(ctx.em, async (em) => ({ mou: await createMou(em, ctx.viewer, input) }));
  }

  @Mutation(() => UpdateMouPayload, {
    description: "Edits an MoU (optimistic concurrency). National coordinators only.",
  })
  updateMou(@Arg("input", () => UpdateMouInput) input: UpdateMouInput, @Ctx() ctx: SubgraphContext) {
    requireMayAttempt(ctx, "updateMou");
    return runMutation(ctx.em, async (em) => ({ mou: await updateMou(em, ctx.viewer, input) }));
  }
}
