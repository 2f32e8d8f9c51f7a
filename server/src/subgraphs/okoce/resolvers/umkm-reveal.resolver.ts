import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { recordAudit } from "../../../shared/audit/audit";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { localIdOf } from "../../../shared/graphql/global-id";
import { Problems, runMutation } from "../../../shared/graphql/mutation";
import { UserErrorCode, UserInputError, userError } from "../../../shared/graphql/user-error";
import { OWNER_REVEALERS, requireUmkmInScope } from "../access/write-rules";
import { Umkm } from "../entities/umkm.entity";
import { RevealUmkmOwnerInput } from "../inputs/reveal-umkm-owner.input";
import { checkRevealReason } from "../../../shared/validation/reveal-reason";
import { RevealUmkmOwnerPayload } from "./umkm.payload";

@Resolver()
export class UmkmRevealResolver {
  @Mutation(() => RevealUmkmOwnerPayload, {
    description:
      "Shows one UMKM owner's NIK and phone in clear and records who asked and why (action revealPersonalData): national coordinators for any business, office admins, branch officers and agents in their territory.",
  })
  async revealUmkmOwner(
    @Arg("input", () => RevealUmkmOwnerInput) input: RevealUmkmOwnerInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<RevealUmkmOwnerPayload> {
    ctx.viewer.requireRole(...OWNER_REVEALERS);
    return runMutation<RevealUmkmOwnerPayload>(ctx.em, async (em) => {
      const problems = new Problems();
      const reason = checkRevealReason(problems, input.reason);
      problems.throwIfAny();
      const id = localIdOf(input.umkmId, "Umkm");
      const umkm = id === null ? null : await em.findOne(Umkm, id);
      if (!umkm) throw new UserInputError([userError("umkmId", "No UMKM has this ID", UserErrorCode.NOT_FOUND)]);
      requireUmkmInScope(ctx.viewer, "umkmId", umkm);
      await recordAudit(em, "okoce", ctx.viewer, {
        action: "revealPersonalData",
        objectType: "Umkm",
        objectId: umkm.globalId,
        after: { reason, revealed: ["ownerNik", "phone"] },
        scope: { regionCode: umkm.districtCode },
      });
      return { ownerNik: umkm.ownerNik, phone: umkm.phone };
    });
  }
}
