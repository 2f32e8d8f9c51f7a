import { useT, type MessageKey } from "../i18n/i18n";

export const AGENT_STATUSES = ["CANDIDATE", "ACTIVE", "SUSPENDED", "TERMINATED"] as const;
export type AgentStatus = (typeof AGENT_STATUSES)[number];

export function isAgentStatus(value: string | null | undefined): value is AgentStatus {
  return AGENT_STATUSES.includes(value as AgentStatus);
}

export function useAgentStatusLabel() {
  const t = useT();
  return (status: string) => t(`agentStatus.${status}` as MessageKey) ?? status;
}

export function AgentStatusBadge({ status }: { status: string }) {
  const label = useAgentStatusLabel();
  return <span className={`badge badge-${status.toLowerCase()}`}>{label(status)}</span>;
}
