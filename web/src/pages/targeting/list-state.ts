import { paramsOf } from "../agents/list-state";

/**
 * The coverage-gap ranking and the prospect list as URL parameters, so a shared link reproduces the view:
 * /celah?wilayah=21.71&semua=1 and /celah/prospek?kantor=<office id> or ?agen=<agent id>.
 */

const REGION_CODE = /^\d{2}(\.\d{2})?$/;

export interface GapListState {
  /** A province ("21") or regency ("21.71"); the whole country when absent. */
  regionCode?: string;
  /** Every kecamatan, also those with no UMKM left uncovered. */
  all: boolean;
}

export function gapListFromParams(params: URLSearchParams): GapListState {
  const region = params.get("wilayah")?.trim();
  return { regionCode: region && REGION_CODE.test(region) ? region : undefined, all: params.get("semua") === "1" };
}

export function gapListToParams({ regionCode, all }: GapListState): URLSearchParams {
  return paramsOf({ wilayah: regionCode, semua: all ? "1" : undefined });
}

/** The province of a region code: "21.71" → "21". */
export function provinceOf(regionCode: string | undefined): string | undefined {
  return regionCode?.slice(0, 2) || undefined;
}

/** The regency of a region code, when it names one: "21.71" → "21.71", "21" → undefined. */
export function regencyOf(regionCode: string | undefined): string | undefined {
  return regionCode && regionCode.length >= 5 ? regionCode.slice(0, 5) : undefined;
}

/** Covered UMKM over registered UMKM; null for a kecamatan with no UMKM. */
export function coverageRate(registered: number, covered: number): number | null {
  return registered > 0 ? covered / registered : null;
}

export interface AreaTotals {
  registered: number;
  covered: number;
  uncovered: number;
  rate: number | null;
}

/** Registered, covered and uncovered UMKM summed over regions (agents are not summed: one works several). */
export function areaTotals(regions: readonly { umkmRegistered: number; umkmCovered: number }[]): AreaTotals {
  const registered = regions.reduce((sum, region) => sum + region.umkmRegistered, 0);
  const covered = regions.reduce((sum, region) => sum + region.umkmCovered, 0);
  return { registered, covered, uncovered: registered - covered, rate: coverageRate(registered, covered) };
}

export interface ProspectListState {
  officeId?: string;
  agentId?: string;
}

export function prospectListFromParams(params: URLSearchParams): ProspectListState {
  return { officeId: params.get("kantor")?.trim() || undefined, agentId: params.get("agen")?.trim() || undefined };
}

export function prospectListToParams({ officeId, agentId }: ProspectListState): URLSearchParams {
  return paramsOf({ kantor: officeId, agen: agentId });
}

/** The API's prospect filter: an agent's territory when one is chosen, else the office's region. */
export function prospectFilterOf({
  officeId,
  agentId,
}: ProspectListState): { agentId: string } | { officeId: string } | null {
  if (agentId) return { agentId };
  if (officeId) return { officeId };
  return null;
}

/** Up to 20 kecamatan per agent (the API refuses more); the new code is added to those the agent keeps. */
export const MAX_TERRITORY = 20;

export function territoryWith(codes: readonly string[], code: string): string[] {
  return codes.includes(code) ? [...codes] : [...codes, code];
}
