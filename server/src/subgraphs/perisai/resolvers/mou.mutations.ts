import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { runMutation } from "../../../shared/graphql/mutation";
import { createMou, updateMou } from "../commands/mou.commands";
import { CreateMouInput } from "../inputs/create-mou.input";
import { UpdateMouInput } from "../inputs/update-mou.input";
import { CreateMouPayload, UpdateMouPayload } from "./payloads";

@Resolver()
export class MouMutations {
  @Mutation(() => CreateMouPayload, {
    description: "Records an MoU between a BPJAMSOSTEK office and an OK OCE chapter.",
  })
  createMou(@Arg("input", () => CreateMouInput) input: CreateMouInput, @Ctx() ctx: SubgraphContext) {
    return runMutation(ctx.em, async (em) => ({ mou: await createMou(em, input) }));
  }

  @Mutation(() => UpdateMouPayload, { description: "Edits an MoU (optimistic concurrency)." })
  updateMou(@Arg("input", () => UpdateMouInput) input: UpdateMouInput, @Ctx() ctx: SubgraphContext) {
    return runMutation(ctx.em, async (em) => ({ mou: await updateMou(em, input) }));
  }
}
