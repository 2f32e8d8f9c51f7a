import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { Role } from "../../../shared/auth/role";
import { sessions } from "../../../shared/auth/sessions";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { runMutation } from "../../../shared/graphql/mutation";
import { createUserAccount, updateUserAccount } from "./account.commands";
import { CreateUserAccountInput } from "./create-user-account.input";
import { CreateUserAccountPayload, UpdateUserAccountPayload } from "./payloads";
import { UpdateUserAccountInput } from "./update-user-account.input";

@Resolver()
export class UserAccountMutations {
  @Mutation(() => CreateUserAccountPayload, {
    description: "Creates an account attached to the node of its role (national coordinators only).",
  })
  createUserAccount(
    @Arg("input", () => CreateUserAccountInput) input: CreateUserAccountInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    const viewer = ctx.viewer.requireRole(Role.NATIONAL_COORDINATOR);
    return runMutation(ctx.em, async (em) => ({ userAccount: await createUserAccount(em, viewer, input) }));
  }

  @Mutation(() => UpdateUserAccountPayload, {
    description: "Edits an account (national coordinators only; optimistic concurrency).",
  })
  async updateUserAccount(
    @Arg("input", () => UpdateUserAccountInput) input: UpdateUserAccountInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    const viewer = ctx.viewer.requireRole(Role.NATIONAL_COORDINATOR);
    let endedSessions: string[] = [];
    const payload = await runMutation(ctx.em, async (em) => {
      const updated = await updateUserAccount(em, viewer, input);
      endedSessions = updated.endedSessions;
      return { userAccount: updated.account };
    });
    // Only once committed: this process refuses the ended tokens at once, the others within seconds.
    if (!payload.userErrors.length) for (const sid of endedSessions) sessions.forget(sid);
    return payload;
  }
}
