import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { runMutation } from "../../../shared/graphql/mutation";
import { REVEALING_ROLES } from "../access/permissions";
import { RevealParticipantInput } from "../inputs/reveal-participant.input";
import { RevealParticipantPayload } from "../payloads/reveal-participant.payload";
import { revealPersonalData } from "../services/personal-data-reveal";

@Resolver()
export class RevealParticipantResolver {
  @Mutation(() => RevealParticipantPayload, {
    description:
      "One participant's NIK, phone and birth date in clear, for a stated reason; audited (revealPersonalData). " +
      "National coordinators for anyone; office admins, branch officers and agents for the people of their scope.",
  })
  revealParticipant(
    @Arg("input", () => RevealParticipantInput) input: RevealParticipantInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<RevealParticipantPayload> {
    ctx.viewer.requireRole(...REVEALING_ROLES);
    return runMutation<RevealParticipantPayload>(ctx.em, (em) => revealPersonalData(em, ctx.viewer, input));
  }
}
