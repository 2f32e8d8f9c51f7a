import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../../shared/graphql/user-error";
import { AgentStatusChange } from "../entities/agent-status-change.entity";
import { AgentTransfer } from "../entities/agent-transfer.entity";
import { Agent } from "../entities/agent.entity";
import { BpjsOffice } from "../entities/bpjs-office.entity";
import { Mou } from "../entities/mou.entity";
import { PerisaiOffice } from "../entities/perisai-office.entity";
import { payloadType } from "./payload-type";

export const CreateBpjsOfficePayload = payloadType("CreateBpjsOffice", { bpjsOffice: BpjsOffice });
export const UpdateBpjsOfficePayload = payloadType("UpdateBpjsOffice", { bpjsOffice: BpjsOffice });
export const CreateMouPayload = payloadType("CreateMou", { mou: Mou });
export const UpdateMouPayload = payloadType("UpdateMou", { mou: Mou });
export const CreatePerisaiOfficePayload = payloadType("CreatePerisaiOffice", { perisaiOffice: PerisaiOffice });
export const UpdatePerisaiOfficePayload = payloadType("UpdatePerisaiOffice", { perisaiOffice: PerisaiOffice });
export const AppointAgentPayload = payloadType("AppointAgent", { agent: Agent, statusChange: AgentStatusChange });
export const ActivateAgentPayload = payloadType("ActivateAgent", { agent: Agent, statusChange: AgentStatusChange });
export const SuspendAgentPayload = payloadType("SuspendAgent", { agent: Agent, statusChange: AgentStatusChange });
export const TerminateAgentPayload = payloadType("TerminateAgent", { agent: Agent, statusChange: AgentStatusChange });
export const TransferAgentPayload = payloadType("TransferAgent", { agent: Agent, transfer: AgentTransfer });
export const UpdateAgentPayload = payloadType("UpdateAgent", { agent: Agent });

/** What the commands return inside runMutation; the resolver adds userErrors. */
export interface AgentResult {
  agent: Agent;
}

export interface AgentStatusResult extends AgentResult {
  statusChange: AgentStatusChange;
}

export interface AgentTransferResult extends AgentResult {
  transfer: AgentTransfer;
}

@ObjectType("RevealAgentPersonalDataPayload")
export class RevealAgentPersonalDataPayload {
  @Field(() => String, { nullable: true, description: "The agent's NIK in clear." })
  nik!: string | null;

  @Field(() => String, { nullable: true, description: "The agent's phone number in clear (+62…)." })
  phone!: string | null;

  @Field(() => [UserError], { description: "Why the request was refused; empty on success. Nothing was shown if any." })
  userErrors!: UserError[];
}
