import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { runMutation } from "../../../shared/graphql/mutation";
import { revealAgentPersonalData } from "../commands/reveal-agent";
import { RevealAgentPersonalDataInput } from "../inputs/reveal-agent-personal-data.input";
import { requireMayAttempt } from "./access";
import { RevealAgentPersonalDataPayload } from "./payloads";

@Resolver()
export class RevealMutations {
  @Mutation(() => RevealAgentPersonalDataPayload, {
    description:
      "Shows one agent's NIK and phone in clear and records who asked and why (audit action revealPersonalData). A national coordinator for any agent; an office admin, branch officer or agent within their scope; never an analyst.",
  })
  revealAgentPersonalData(
    @Arg("input", () => RevealAgentPersonalDataInput) input: RevealAgentPersonalDataInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<RevealAgentPersonalDataPayload> {
    requireMayAttempt(ctx, "revealPersonalData");
    return runMutation(ctx.em, (em) => revealAgentPersonalData(em, ctx.viewer, input));
  }
}
