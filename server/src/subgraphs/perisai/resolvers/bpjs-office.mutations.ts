import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { runMutation } from "../../../shared/graphql/mutation";
import { createBpjsOffice, updateBpjsOffice } from "../commands/bpjs-office.commands";
import { CreateBpjsOfficeInput } from "../inputs/create-bpjs-office.input";
import { UpdateBpjsOfficeInput } from "../inputs/update-bpjs-office.input";
import { requireMayAttempt } from "./access";
import { CreateBpjsOfficePayload, UpdateBpjsOfficePayload } from "./payloads";

@Resolver()
export class BpjsOfficeMutations {
  @Mutation(() => CreateBpjsOfficePayload, {
    description: "Adds a BPJAMSOSTEK office under the office of the kind above it. National coordinators only.",
  })
  createBpjsOffice(
    @Arg("input", () => CreateBpjsOfficeInput) input: CreateBpjsOfficeInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    requireMayAttempt(ctx, "createBpjsOffice");
    return runMutation(ctx.em, async (em) => ({ bpjsOffice: await createBpjsOffice(em, ctx.viewer, input) }));
  }

  @Mutation(() => UpdateBpjsOfficePayload, {
    description: "Edits a BPJAMSOSTEK office (optimistic concurrency). National coordinators only.",
  })
  updateBpjsOffice(
    @Arg("input", () => UpdateBpjsOfficeInput) input: UpdateBpjsOfficeInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    requireMayAttempt(ctx, "updateBpjsOffice");
    return runMutation(ctx.em, async (em) => ({ bpjsOffice: await updateBpjsOffice(em, ctx.viewer, input) }));
  }
}
