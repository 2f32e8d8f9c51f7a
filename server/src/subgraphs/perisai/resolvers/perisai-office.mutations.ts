import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { runMutation } from "../../../shared/graphql/mutation";
import { createPerisaiOffice, updatePerisaiOffice } from "../commands/perisai-office.commands";
import { CreatePerisaiOfficeInput } from "../inputs/create-perisai-office.input";
import { UpdatePerisaiOfficeInput } from "../inputs/update-perisai-office.input";
import { CreatePerisaiOfficePayload, UpdatePerisaiOfficePayload } from "./payloads";

@Resolver()
export class PerisaiOfficeMutations {
  @Mutation(() => CreatePerisaiOfficePayload, { description: "Opens a Kantor Perisai under a supervising branch." })
  createPerisaiOffice(
    @Arg("input", () => CreatePerisaiOfficeInput) input: CreatePerisaiOfficeInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    return runMutation(ctx.em, async (em) => ({ perisaiOffice: await createPerisaiOffice(em, input) }));
  }

  @Mutation(() => UpdatePerisaiOfficePayload, {
    description:
      "Edits a Kantor Perisai: place in the tree, branch, MoU, status, pioneer flag, target (optimistic concurrency).",
  })
  updatePerisaiOffice(
    @Arg("input", () => UpdatePerisaiOfficeInput) input: UpdatePerisaiOfficeInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    return runMutation(ctx.em, async (em) => ({ perisaiOffice: await updatePerisaiOffice(em, input) }));
  }
}
