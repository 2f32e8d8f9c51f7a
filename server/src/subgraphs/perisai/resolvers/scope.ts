import type { FilterQuery } from "@mikro-orm/core";
import { Role } from "../../../shared/auth/role";
import type { Viewer } from "../../../shared/auth/viewer";
import { seesAgent, seesPerisaiOffice, type AgentPlacement } from "../domain/access-rules";
import type { Agent } from "../entities/agent.entity";
import type { PerisaiOffice } from "../entities/perisai-office.entity";

/**
 * The read scope as query filters, the same rules as domain/access-rules: lists and nested connections
 * add these to their WHERE, so rows outside the scope are neither returned nor counted.
 */
export function officeScope(viewer: Viewer): FilterQuery<PerisaiOffice> {
  const offices = viewer.officeIds;
  return offices === null ? {} : { id: { $in: offices } };
}

export function agentScope(viewer: Viewer): FilterQuery<Agent> {
  if (viewer.is(Role.AGENT)) return { id: { $in: viewer.agentId === null ? [] : [viewer.agentId] } };
  const offices = viewer.officeIds;
  return offices === null ? {} : { office: { $in: offices } };
}

export function agentPlacementOf(agent: Agent): AgentPlacement {
  return { id: agent.id, officeId: agent.office.id };
}

/** One loaded office or agent, or null when it lies outside the viewer's scope (invisible, as if missing). */
export function visibleOffice(viewer: Viewer, office: PerisaiOffice | null): PerisaiOffice | null {
  return office && seesPerisaiOffice(viewer, office.id) ? office : null;
}

export function visibleAgent(viewer: Viewer, agent: Agent | null): Agent | null {
  return agent && seesAgent(viewer, agentPlacementOf(agent)) ? agent : null;
}
