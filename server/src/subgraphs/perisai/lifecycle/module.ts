import { AgentRule } from "./agent-rule.entity";
import { TerminationDecisionResolver, TerminationProposalResolver } from "./lifecycle.resolver";
import { TerminationDecision } from "./termination-decision.entity";

/** Agent lifecycle rules: termination proposals and decisions, dated agent rules, the rejoin wait. */
export const lifecycleEntities = [AgentRule, TerminationDecision];
export const lifecycleResolvers = [TerminationProposalResolver, TerminationDecisionResolver] as const;
