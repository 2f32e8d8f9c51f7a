import { registerEnumType } from "type-graphql";

export enum AgentStatus {
  CANDIDATE = "CANDIDATE",
  ACTIVE = "ACTIVE",
  SUSPENDED = "SUSPENDED",
  TERMINATED = "TERMINATED",
}

registerEnumType(AgentStatus, {
  name: "AgentStatus",
  description: "Lifecycle of an Agen Perisai: candidate → active ⇄ suspended → terminated.",
  valuesConfig: {
    CANDIDATE: { description: "Appointed, not yet active (training, paperwork)." },
    ACTIVE: { description: "Recruits participants and earns commission." },
    SUSPENDED: { description: "Temporarily stopped; may be activated again." },
    TERMINATED: { description: "The agency ended; final for this agent record." },
  },
});
