import { BpjsOfficeKind } from "../entities/bpjs-office-kind";

/**
 * Each kind of BPJAMSOSTEK office sits under exactly one kind: Kantor Pusat → Kantor Wilayah → Kantor
 * Cabang → Kantor Cabang Perintis. Because the kind strictly descends with depth, a tree that follows
 * this rule can never contain a cycle.
 */
export const PARENT_KIND: Record<BpjsOfficeKind, BpjsOfficeKind | null> = {
  [BpjsOfficeKind.PUSAT]: null,
  [BpjsOfficeKind.WILAYAH]: BpjsOfficeKind.PUSAT,
  [BpjsOfficeKind.CABANG]: BpjsOfficeKind.WILAYAH,
  [BpjsOfficeKind.KCP]: BpjsOfficeKind.CABANG,
};

/** Kinds that may supervise a Kantor Perisai: the branches that sign its cooperation agreement. */
export const SUPERVISING_KINDS: readonly BpjsOfficeKind[] = [BpjsOfficeKind.CABANG, BpjsOfficeKind.KCP];

export function parentProblem(kind: BpjsOfficeKind, parentKind: BpjsOfficeKind | null): string | null {
  const expected = PARENT_KIND[kind];
  if (expected === null) return parentKind === null ? null : "A Kantor Pusat has no parent office";
  if (parentKind === null) return `A ${kind} office needs a parent office of kind ${expected}`;
  if (parentKind !== expected) return `A ${kind} office must sit under a ${expected} office, not a ${parentKind}`;
  return null;
}

/** Whether an office can take a new kind while keeping the offices below it. */
export function childrenProblem(kind: BpjsOfficeKind, childKinds: readonly BpjsOfficeKind[]): string | null {
  const misplaced = childKinds.filter((child) => PARENT_KIND[child] !== kind);
  if (!misplaced.length) return null;
  return `This office has ${misplaced.length} office(s) below it that cannot sit under a ${kind} office; move them first`;
}
