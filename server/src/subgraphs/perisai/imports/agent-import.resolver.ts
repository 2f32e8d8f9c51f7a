import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { requireLocalId } from "../../../shared/graphql/global-id";
import { UserErrorCode, userError } from "../../../shared/graphql/user-error";
import { ImportValidation } from "../../../shared/import/import-job";
import { WRITE_ROLES } from "../domain/access-rules";
import { AgentImport, AgentImportInput, agentImportJobs, StartAgentImportPayload } from "./agent-import.types";
import { checkAgentFile } from "./agent-import.validate";
import { importAgentsInBackground } from "./agent-import.write";

/** Whoever may appoint agents may import them: national coordinators, office admins for their offices. */
const AGENT_IMPORTERS = WRITE_ROLES.appointAgent;

@Resolver()
export class AgentImportResolver {
  @Mutation(() => ImportValidation, {
    description:
      "Checks a CSV file of candidate agents with appointAgent's rules and your offices; writes nothing. Errors name their line.",
  })
  async validateAgentImport(
    @Arg("input", () => AgentImportInput) input: AgentImportInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ImportValidation> {
    ctx.viewer.requireRole(...AGENT_IMPORTERS);
    const checked = await checkAgentFile(ctx.em, ctx.viewer, input.csv);
    return checked.errors.validation(checked.rowCount);
  }

  @Mutation(() => StartAgentImportPayload, {
    description:
      "Checks the file again and, when every row is valid, appoints the candidates in the background in one transaction (all or none), numbers generated; poll agentImport(id).",
  })
  async startAgentImport(
    @Arg("input", () => AgentImportInput) input: AgentImportInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<StartAgentImportPayload> {
    ctx.viewer.requireRole(...AGENT_IMPORTERS);
    const checked = await checkAgentFile(ctx.em, ctx.viewer, input.csv);
    if (checked.errors.any) {
      const validation = checked.errors.validation(checked.rowCount);
      return {
        agentImport: null,
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
    const job = await agentImportJobs.create(
      ctx.em,
      ctx.viewer,
      checked.drafts.length,
      ctx.viewer.regionPrefixes ?? [],
    );
    importAgentsInBackground(ctx.em, ctx.viewer, job, checked.drafts);
    return { agentImport: job, rowErrors: [], userErrors: [] };
  }

  @Query(() => AgentImport, {
    nullable: true,
    description: "An import's status and progress; null when not yours to see.",
  })
  agentImport(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<AgentImport | null> {
    ctx.viewer.requireRole(...AGENT_IMPORTERS);
    return agentImportJobs.find(ctx.em, ctx.viewer, requireLocalId(id, "AgentImport"));
  }

  @Query(() => [AgentImport], { description: "The latest agent imports you may see, newest first." })
  recentAgentImports(
    @Arg("first", () => Int, { defaultValue: 10, description: "At most 50." }) first: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<AgentImport[]> {
    ctx.viewer.requireRole(...AGENT_IMPORTERS);
    return agentImportJobs.recent(ctx.em, ctx.viewer, Math.min(Math.max(first, 1), 50));
  }
}
