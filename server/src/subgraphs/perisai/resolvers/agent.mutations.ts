import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { runMutation } from "../../../shared/graphql/mutation";
import { changeAgentStatus } from "../commands/agent-status.commands";
import { appointAgent } from "../commands/appoint-agent";
import { transferAgent } from "../commands/transfer-agent";
import { updateAgent } from "../commands/update-agent";
import { AgentAction } from "../domain/agent-lifecycle";
import { AgentStatusChangeInput } from "../inputs/agent-status-change.input";
import { AppointAgentInput } from "../inputs/appoint-agent.input";
import { TransferAgentInput } from "../inputs/transfer-agent.input";
import { UpdateAgentInput } from "../inputs/update-agent.input";
import { requireMayAttempt } from "./access";
import {
  ActivateAgentPayload,
  AppointAgentPayload,
  SuspendAgentPayload,
  TerminateAgentPayload,
  TransferAgentPayload,
  UpdateAgentPayload,
} from "./payloads";

/** National coordinators for any agent, office admins for the agents of their offices. */
@Resolver()
export class AgentMutations {
  @Mutation(() => AppointAgentPayload, {
    description: "Appoints a person as a CANDIDATE agent of an ACTIVE Kantor Perisai; the agent number is generated.",
  })
  appointAgent(@Arg("input", () => AppointAgentInput) input: AppointAgentInput, @Ctx() ctx: SubgraphContext) {
    requireMayAttempt(ctx, "appointAgent");
    return runMutation(ctx.em, (em) => appointAgent(em, ctx.viewer, input));
  }

  @Mutation(() => ActivateAgentPayload, { description: "CANDIDATE or SUSPENDED → ACTIVE." })
  activateAgent(
    @Arg("input", () => AgentStatusChangeInput) input: AgentStatusChangeInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    requireMayAttempt(ctx, "activateAgent");
    return runMutation(ctx.em, (em) => changeAgentStatus(em, ctx.viewer, input, AgentAction.ACTIVATE));
  }

  @Mutation(() => SuspendAgentPayload, { description: "ACTIVE → SUSPENDED; a reason is required." })
  suspendAgent(@Arg("input", () => AgentStatusChangeInput) input: AgentStatusChangeInput, @Ctx() ctx: SubgraphContext) {
    requireMayAttempt(ctx, "suspendAgent");
    return runMutation(ctx.em, (em) => changeAgentStatus(em, ctx.viewer, input, AgentAction.SUSPEND));
  }

  @Mutation(() => TerminateAgentPayload, {
    description: "Ends the agency (final for this record); the person may be appointed again after 6 months.",
  })
  terminateAgent(
    @Arg("input", () => AgentStatusChangeInput) input: AgentStatusChangeInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    requireMayAttempt(ctx, "terminateAgent");
    return runMutation(ctx.em, (em) => changeAgentStatus(em, ctx.viewer, input, AgentAction.TERMINATE));
  }

  @Mutation(() => TransferAgentPayload, {
    description: "Moves an agent to another ACTIVE Kantor Perisai; status and number stay.",
  })
  transferAgent(@Arg("input", () => TransferAgentInput) input: TransferAgentInput, @Ctx() ctx: SubgraphContext) {
    requireMayAttempt(ctx, "transferAgent");
    return runMutation(ctx.em, (em) => transferAgent(em, ctx.viewer, input));
  }

  @Mutation(() => UpdateAgentPayload, {
    description: "Corrects an agent's name, phone or territory (optimistic concurrency).",
  })
  updateAgent(@Arg("input", () => UpdateAgentInput) input: UpdateAgentInput, @Ctx() ctx: SubgraphContext) {
    requireMayAttempt(ctx, "updateAgent");
    return runMutation(ctx.em, (em) => updateAgent(em, ctx.viewer, input));
  }
}
