import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { runMutation } from "../../../shared/graphql/mutation";
import { createPerisaiOffice, updatePerisaiOffice } from "../commands/perisai-office.commands";
import { CreatePerisaiOfficeInput } from "../inputs/create-perisai-office.input";
import { UpdatePerisaiOfficeInput } from "../inputs/update-perisai-office.input";
import { requireMayAttempt } from "./access";
import { CreatePerisaiOfficePayload, UpdatePerisaiOfficePayload } from "./payloads";

@Resolver()
export class PerisaiOfficeMutations {
  @Mutation(() => CreatePerisaiOfficePayload, {
    description:
      "Opens a Kantor Perisai under a supervising branch. A national coordinator anywhere; an office admin below one of their offices, with its parent's branch and MoU.",
  })
  createPerisaiOffice(
    @Arg("input", () => CreatePerisaiOfficeInput) input: CreatePerisaiOfficeInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    requireMayAttempt(ctx, "createPerisaiOffice");
    return runMutation(ctx.em, async (em) => ({ perisaiOffice: await createPerisaiOffice(em, ctx.viewer, input) }));
  }

  @Mutation(() => UpdatePerisaiOfficePayload, {
    description:
      "Edits a Kantor Perisai: place in the tree, branch, MoU, status, pioneer flag, target (optimistic concurrency). An office admin edits offices of their scope, inside it, and not the pioneer flag, branch or MoU.",
  })
  updatePerisaiOffice(
    @Arg("input", () => UpdatePerisaiOfficeInput) input: UpdatePerisaiOfficeInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    requireMayAttempt(ctx, "updatePerisaiOffice");
    return runMutation(ctx.em, async (em) => ({ perisaiOffice: await updatePerisaiOffice(em, ctx.viewer, input) }));
  }
}
