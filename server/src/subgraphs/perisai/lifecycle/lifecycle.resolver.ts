import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../../shared/auth/role";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { requireLocalId } from "../../../shared/graphql/global-id";
import { runMutation } from "../../../shared/graphql/mutation";
import { PageArgs, connectionFromArray } from "../../../shared/graphql/relay";
import { AgentStatusChange } from "../entities/agent-status-change.entity";
import { Agent } from "../entities/agent.entity";
import { PerisaiOffice } from "../entities/perisai-office.entity";
import { entityById } from "../resolvers/entity.loaders";
import { payloadType } from "../resolvers/payload-type";
import { AgentRule } from "./agent-rule.entity";
import { agentRules } from "./agent-rules";
import { decideTerminationProposal } from "./decide-termination";
import { TerminationDecision } from "./termination-decision.entity";
import {
  DecideTerminationProposalInput,
  TerminationProposal,
  TerminationProposalConnection,
  TerminationProposalFilter,
} from "./termination-proposal.type";
import { assessAgents } from "./termination-proposals";

const { NATIONAL_COORDINATOR, ANALYST, OFFICE_ADMIN, BRANCH_OFFICER } = Role;

export const DecideTerminationProposalPayload = payloadType("DecideTerminationProposal", {
  agent: Agent,
  decision: TerminationDecision,
  statusChange: AgentStatusChange,
});

@Resolver(() => TerminationProposal)
export class TerminationProposalResolver {
  @Query(() => TerminationProposalConnection, {
    description:
      "ACTIVE agents whose last complete months (agentRules: inactiveMonths) all had no new participant and no contribution, by agent number: office admins see their offices, branch officers the offices they supervise, national roles all.",
  })
  async terminationProposals(
    @Arg("filter", () => TerminationProposalFilter, { nullable: true }) filter: TerminationProposalFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ) {
    ctx.viewer.requireRole(NATIONAL_COORDINATOR, ANALYST, OFFICE_ADMIN, BRANCH_OFFICER);
    const officeId = filter?.officeId ? requireLocalId(filter.officeId, "PerisaiOffice", "filter.officeId") : null;
    const proposals = (await assessAgents(ctx.em, ctx.viewer, { officeId })).map((assessed) =>
      Object.assign(new TerminationProposal(), {
        agentId: assessed.agentId,
        officeId: assessed.officeId,
        agentNumber: assessed.agentNumber,
        countingFrom: assessed.countingFrom,
        months: assessed.assessment.months,
        rule: assessed.rule,
      }),
    );
    return connectionFromArray(proposals, page, (proposal) => Buffer.from(proposal.agentNumber).toString("base64url"));
  }

  @Query(() => [AgentRule], { description: "Every version of the agent lifecycle rules, oldest first." })
  agentRules(@Ctx() ctx: SubgraphContext): Promise<AgentRule[]> {
    ctx.viewer.requireSignedIn();
    return agentRules(ctx.em);
  }

  @FieldResolver(() => Agent)
  agent(@Root() proposal: TerminationProposal, @Ctx() ctx: SubgraphContext): Promise<Agent | null> {
    return entityById(ctx, Agent).load(proposal.agentId);
  }

  @FieldResolver(() => PerisaiOffice, { description: "The Kantor Perisai the agent belongs to." })
  office(@Root() proposal: TerminationProposal, @Ctx() ctx: SubgraphContext): Promise<PerisaiOffice | null> {
    return entityById(ctx, PerisaiOffice).load(proposal.officeId);
  }

  @Mutation(() => DecideTerminationProposalPayload, {
    description:
      "Decides on a proposed agent: TERMINATE ends the agency (dated, audited), KEEP keeps them until new inactive months accumulate. National coordinators, and office admins for their offices.",
  })
  decideTerminationProposal(
    @Arg("input", () => DecideTerminationProposalInput) input: DecideTerminationProposalInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    ctx.viewer.requireRole(NATIONAL_COORDINATOR, OFFICE_ADMIN);
    return runMutation(ctx.em, (em) => decideTerminationProposal(em, ctx.viewer, input));
  }
}

@Resolver(() => TerminationDecision)
export class TerminationDecisionResolver {
  @FieldResolver(() => Agent)
  agent(@Root() decision: TerminationDecision, @Ctx() ctx: SubgraphContext): Promise<Agent | null> {
    return entityById(ctx, Agent).load(decision.agent.id);
  }

  @FieldResolver(() => AgentRule, { description: "The rule the decided proposal applied." })
  rule(@Root() decision: TerminationDecision, @Ctx() ctx: SubgraphContext): Promise<AgentRule | null> {
    return entityById(ctx, AgentRule).load(decision.rule.id);
  }
}
