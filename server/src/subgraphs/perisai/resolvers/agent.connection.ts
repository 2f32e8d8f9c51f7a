import { connectionType } from "../../../shared/graphql/relay";
import { Agent } from "../entities/agent.entity";

export const AgentConnection = connectionType("Agent", Agent);
