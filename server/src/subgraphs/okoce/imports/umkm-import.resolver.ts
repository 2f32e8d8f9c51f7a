import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { Role } from "../../../shared/auth/role";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { requireLocalId } from "../../../shared/graphql/global-id";
import { UserErrorCode, userError } from "../../../shared/graphql/user-error";
import { ImportValidation } from "../../../shared/import/import-job";
import { checkUmkmFile } from "./umkm-import.validate";
import { importUmkmInBackground } from "./umkm-import.write";
import { StartUmkmImportPayload, UmkmImport, UmkmImportInput, umkmImportJobs } from "./umkm-import.types";

/** National coordinators anywhere; office admins for the kecamatan of their territory. */
export const UMKM_IMPORTERS = [Role.NATIONAL_COORDINATOR, Role.OFFICE_ADMIN] as const;

@Resolver()
export class UmkmImportResolver {
  @Mutation(() => ImportValidation, {
    description:
      "Checks a CSV file of UMKM with createUmkm's rules, your territory and duplicates; writes nothing. Errors name their line.",
  })
  async validateUmkmImport(
    @Arg("input", () => UmkmImportInput) input: UmkmImportInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ImportValidation> {
    ctx.viewer.requireRole(...UMKM_IMPORTERS);
    const checked = await checkUmkmFile(ctx.em, ctx.viewer, input.csv);
    return checked.errors.validation(checked.rowCount);
  }

  @Mutation(() => StartUmkmImportPayload, {
    description:
      "Checks the file again and, when every row is valid, imports it in the background in one transaction (all rows or none); poll umkmImport(id) for progress.",
  })
  async startUmkmImport(
    @Arg("input", () => UmkmImportInput) input: UmkmImportInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<StartUmkmImportPayload> {
    ctx.viewer.requireRole(...UMKM_IMPORTERS);
    const checked = await checkUmkmFile(ctx.em, ctx.viewer, input.csv);
    if (checked.errors.any) {
      const validation = checked.errors.validation(checked.rowCount);
      return {
        umkmImport: null,
        rowErrors: validation.errors,
        userErrors: [
          userError(
            "csv",
            `${validation.errorCount.toLocaleString("en")} problems in the file; nothing was imported`,
            UserErrorCode.INVALID,
          ),
        ],
      };
    }
    const job = await umkmImportJobs.create(ctx.em, ctx.viewer, checked.drafts.length, ctx.viewer.regionPrefixes ?? []);
    importUmkmInBackground(ctx.em, ctx.viewer, job, checked.drafts);
    return { umkmImport: job, rowErrors: [], userErrors: [] };
  }

  @Query(() => UmkmImport, {
    nullable: true,
    description: "An import's status and progress; null when not yours to see.",
  })
  umkmImport(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<UmkmImport | null> {
    ctx.viewer.requireRole(...UMKM_IMPORTERS);
    return umkmImportJobs.find(ctx.em, ctx.viewer, requireLocalId(id, "UmkmImport"));
  }

  @Query(() => [UmkmImport], { description: "The latest UMKM imports you may see, newest first." })
  recentUmkmImports(
    @Arg("first", () => Int, { defaultValue: 10, description: "At most 50." }) first: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<UmkmImport[]> {
    ctx.viewer.requireRole(...UMKM_IMPORTERS);
    return umkmImportJobs.recent(ctx.em, ctx.viewer, Math.min(Math.max(first, 1), 50));
  }
}
