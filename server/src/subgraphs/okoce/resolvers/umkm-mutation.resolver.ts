import { LockMode } from "@mikro-orm/core";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { localIdOf } from "../../../shared/graphql/global-id";
import { assertVersion, runMutation } from "../../../shared/graphql/mutation";
import { UserErrorCode, UserInputError, userError } from "../../../shared/graphql/user-error";
import { Umkm } from "../entities/umkm.entity";
import { CreateUmkmInput } from "../inputs/create-umkm.input";
import { UpdateUmkmInput } from "../inputs/update-umkm.input";
import { applyUmkmDraft, draftNewUmkm, draftUmkmChanges } from "../validation/umkm-draft";
import { CreateUmkmPayload, UpdateUmkmPayload } from "./umkm.payload";

@Resolver()
export class UmkmMutationResolver {
  @Mutation(() => CreateUmkmPayload, { description: "Registers a business in the UMKM registry." })
  createUmkm(
    @Arg("input", () => CreateUmkmInput) input: CreateUmkmInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CreateUmkmPayload> {
    return runMutation<CreateUmkmPayload>(ctx.em, async (em) => {
      const umkm = applyUmkmDraft(em, new Umkm(), await draftNewUmkm(em, input));
      em.persist(umkm);
      return { umkm };
    });
  }

  @Mutation(() => UpdateUmkmPayload, { description: "Edits a UMKM; refused if it changed since expectedVersion." })
  updateUmkm(
    @Arg("input", () => UpdateUmkmInput) input: UpdateUmkmInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<UpdateUmkmPayload> {
    return runMutation<UpdateUmkmPayload>(ctx.em, async (em) => {
      const id = localIdOf(input.id, "Umkm");
      // Locked until commit, so two edits of one UMKM run one after the other and the second sees STALE.
      const umkm = id === null ? null : await em.findOne(Umkm, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!umkm) throw new UserInputError([userError("id", "No UMKM has this ID", UserErrorCode.NOT_FOUND)]);
      assertVersion(umkm.version, input.expectedVersion);
      applyUmkmDraft(em, umkm, await draftUmkmChanges(em, umkm, input));
      return { umkm };
    });
  }
}
