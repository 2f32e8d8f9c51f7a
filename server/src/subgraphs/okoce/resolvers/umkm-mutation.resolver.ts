import { LockMode } from "@mikro-orm/core";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { localIdOf } from "../../../shared/graphql/global-id";
import { assertVersion, runMutation } from "../../../shared/graphql/mutation";
import { UserErrorCode, UserInputError, userError } from "../../../shared/graphql/user-error";
import { auditWrite } from "../access/audit-trail";
import { requireKecamatanInScope, requireUmkmInScope, UMKM_EDITORS } from "../access/write-rules";
import { Umkm } from "../entities/umkm.entity";
import { CreateUmkmInput } from "../inputs/create-umkm.input";
import { UpdateUmkmInput } from "../inputs/update-umkm.input";
import { applyUmkmDraft, draftNewUmkm, draftUmkmChanges, umkmDraftOf } from "../validation/umkm-draft";
import { CreateUmkmPayload, UpdateUmkmPayload } from "./umkm.payload";

@Resolver()
export class UmkmMutationResolver {
  @Mutation(() => CreateUmkmPayload, {
    description:
      "Registers a business in the UMKM registry: national coordinators anywhere, office admins and agents in their territory.",
  })
  async createUmkm(
    @Arg("input", () => CreateUmkmInput) input: CreateUmkmInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CreateUmkmPayload> {
    ctx.viewer.requireRole(...UMKM_EDITORS);
    return runMutation<CreateUmkmPayload>(ctx.em, async (em) => {
      requireKecamatanInScope(ctx.viewer, "kecamatanCode", input.kecamatanCode.trim());
      const draft = await draftNewUmkm(em, input);
      const umkm = applyUmkmDraft(em, new Umkm(), draft);
      // Flushed now so the audit entry can name the new UMKM's id.
      await em.persist(umkm).flush();
      await auditWrite(em, ctx.viewer, {
        action: "createUmkm",
        objectType: "Umkm",
        objectId: umkm.globalId,
        before: null,
        after: draft,
        regionCode: draft.districtCode,
      });
      return { umkm };
    });
  }

  @Mutation(() => UpdateUmkmPayload, {
    description:
      "Edits a UMKM; refused if it changed since expectedVersion, or if it is, or would move, outside your territory.",
  })
  async updateUmkm(
    @Arg("input", () => UpdateUmkmInput) input: UpdateUmkmInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<UpdateUmkmPayload> {
    ctx.viewer.requireRole(...UMKM_EDITORS);
    return runMutation<UpdateUmkmPayload>(ctx.em, async (em) => {
      const id = localIdOf(input.id, "Umkm");
      // Locked until commit, so two edits of one UMKM run one after the other and the second sees STALE.
      const umkm = id === null ? null : await em.findOne(Umkm, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!umkm) throw new UserInputError([userError("id", "No UMKM has this ID", UserErrorCode.NOT_FOUND)]);
      requireUmkmInScope(ctx.viewer, "id", umkm);
      if (typeof input.kecamatanCode === "string") {
        requireKecamatanInScope(ctx.viewer, "kecamatanCode", input.kecamatanCode.trim());
      }
      assertVersion(umkm.version, input.expectedVersion);
      const before = umkmDraftOf(umkm);
      const draft = await draftUmkmChanges(em, umkm, input);
      applyUmkmDraft(em, umkm, draft);
      await auditWrite(em, ctx.viewer, {
        action: "updateUmkm",
        objectType: "Umkm",
        objectId: umkm.globalId,
        before,
        after: draft,
        regionCode: draft.districtCode,
      });
      return { umkm };
    });
  }
}
