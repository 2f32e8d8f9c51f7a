import { Role } from "../../../shared/auth/role";
import type { TokenClaims } from "../../../shared/auth/token";
import { AgentStatus } from "../entities/agent-status";

/**
 * What part of the network a user sees, resolved once at sign-in and carried in the token, so that no
 * subgraph has to ask another who may see what. Pure: the SQL in scope.queries.ts feeds it.
 */
export type Scope = Pick<TokenClaims, "officeIds" | "regionPrefixes" | "agentId" | "bpjsOfficeId">;

/** A Kantor Perisai of the user's subtree, with the region it sits in. */
export interface ScopeOffice {
  id: number;
  regionCode: string;
}

export interface ScopeAgent {
  id: number;
  officeId: number;
  territory: readonly string[];
  status: AgentStatus;
}

export interface ScopeSource {
  role: Role;
  /** OFFICE_ADMIN, BRANCH_OFFICER: their offices and every office below them. */
  offices?: readonly ScopeOffice[];
  bpjsOfficeId?: number | null;
  /** AGENT: the agent record the account belongs to. */
  agent?: ScopeAgent | null;
}

/** A suspended or terminated agent has no agency to work for, so no sign-in either. */
const AGENTS_WHO_MAY_SIGN_IN: readonly AgentStatus[] = [AgentStatus.CANDIDATE, AgentStatus.ACTIVE];

function covers(prefix: string, code: string): boolean {
  return code === prefix || code.startsWith(`${prefix}.`);
}

/** The fewest prefixes that cover the same regions: a code inside a shorter one adds nothing. */
export function minimalRegionPrefixes(codes: readonly string[]): string[] {
  const sorted = [...new Set(codes)].sort((a, b) => a.length - b.length || a.localeCompare(b));
  const kept: string[] = [];
  for (const code of sorted) if (!kept.some((prefix) => covers(prefix, code))) kept.push(code);
  return kept.sort();
}

function officeScope(offices: readonly ScopeOffice[]): Scope {
  return {
    officeIds: [...new Set(offices.map((office) => office.id))].sort((a, b) => a - b),
    regionPrefixes: minimalRegionPrefixes(offices.map((office) => office.regionCode)),
  };
}

/** The scope of a user, or null when the user may not sign in at all (a suspended or terminated agent). */
export function scopeOf(source: ScopeSource): Scope | null {
  switch (source.role) {
    case Role.NATIONAL_COORDINATOR:
    case Role.ANALYST:
      return {};
    case Role.OFFICE_ADMIN:
      return officeScope(source.offices ?? []);
    case Role.BRANCH_OFFICER:
      return { ...officeScope(source.offices ?? []), bpjsOfficeId: source.bpjsOfficeId ?? undefined };
    case Role.AGENT: {
      const agent = source.agent;
      if (!agent || !AGENTS_WHO_MAY_SIGN_IN.includes(agent.status)) return null;
      return {
        agentId: agent.id,
        officeIds: [agent.officeId],
        regionPrefixes: minimalRegionPrefixes(agent.territory),
      };
    }
  }
}
