import { PerisaiOfficeStatus } from "../entities/perisai-office-status";

/**
 * Rules of the Kantor Perisai tree and of an office's status. Pure functions; the mutations load what
 * they need (the chain above a new parent) and ask these.
 */

/** `parentChain` lists the proposed parent and every office above it; the office may not be among them. */
export function createsCycle(officeId: number, parentChain: readonly number[]): boolean {
  return parentChain.includes(officeId);
}

const NEXT_STATUSES: Record<PerisaiOfficeStatus, readonly PerisaiOfficeStatus[]> = {
  [PerisaiOfficeStatus.PROPOSED]: [PerisaiOfficeStatus.ACTIVE, PerisaiOfficeStatus.CLOSED],
  [PerisaiOfficeStatus.ACTIVE]: [PerisaiOfficeStatus.UNDER_REVIEW, PerisaiOfficeStatus.CLOSED],
  [PerisaiOfficeStatus.UNDER_REVIEW]: [PerisaiOfficeStatus.ACTIVE, PerisaiOfficeStatus.CLOSED],
  [PerisaiOfficeStatus.CLOSED]: [],
};

/** A new office starts as proposed, or directly active when its agreement is already signed. */
export const INITIAL_STATUSES: readonly PerisaiOfficeStatus[] = [
  PerisaiOfficeStatus.PROPOSED,
  PerisaiOfficeStatus.ACTIVE,
];

export function statusChangeProblem(from: PerisaiOfficeStatus, to: PerisaiOfficeStatus): string | null {
  if (from === to || NEXT_STATUSES[from].includes(to)) return null;
  if (from === PerisaiOfficeStatus.CLOSED) return "A closed Kantor Perisai cannot be reopened; create a new office";
  return `A ${from} office cannot become ${to}; it can become ${NEXT_STATUSES[from].join(" or ")}`;
}

/** Agents belong to an office (DESIGN §3): an office closes only when none of them is still serving. */
export function closingProblem(serving: number): string | null {
  return serving > 0
    ? `This office still has ${serving} agent(s) who are not terminated; transfer or terminate them before closing it`
    : null;
}
