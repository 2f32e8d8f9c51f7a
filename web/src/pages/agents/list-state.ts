import { AGENT_STATUSES, type AgentStatus } from "../../components/AgentStatusBadge";

/**
 * The agents list as URL parameters (Indonesian words, like the paths), so a shared link reproduces the view:
 * /agen?cari=wati&status=ACTIVE&kantor=<office id>&wilayah=21.71&urut=diangkat&arah=turun.
 */

const AGENT_SORTS = { nomor: "AGENT_NUMBER", nama: "NAME", diangkat: "APPOINTED_ON" } as const;
export type AgentSortKey = (typeof AGENT_SORTS)[keyof typeof AGENT_SORTS];

export interface AgentListState {
  filter: { search?: string; status?: AgentStatus; officeId?: string; regionCode?: string };
  sortKey: AgentSortKey;
  reverse: boolean;
}

function text(params: URLSearchParams, name: string): string | undefined {
  return params.get(name)?.trim() || undefined;
}

export function sortKeyOf<Key extends string>(sorts: Record<string, Key>, word: string | null, fallback: Key): Key {
  return word && Object.hasOwn(sorts, word) ? sorts[word] : fallback;
}

export function wordOf<Key extends string>(sorts: Record<string, Key>, key: Key): string | undefined {
  return Object.keys(sorts).find((word) => sorts[word] === key);
}

export function paramsOf(entries: Record<string, string | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(entries)) if (value) params.set(name, value);
  return params;
}

export function agentListFromParams(params: URLSearchParams): AgentListState {
  const status = params.get("status");
  return {
    filter: {
      search: text(params, "cari"),
      status: AGENT_STATUSES.find((value) => value === status),
      officeId: text(params, "kantor"),
      regionCode: text(params, "wilayah"),
    },
    sortKey: sortKeyOf(AGENT_SORTS, params.get("urut"), "AGENT_NUMBER"),
    reverse: params.get("arah") === "turun",
  };
}

export function agentListToParams({ filter, sortKey, reverse }: AgentListState): URLSearchParams {
  return paramsOf({
    cari: filter.search?.trim(),
    status: filter.status,
    kantor: filter.officeId,
    wilayah: filter.regionCode,
    urut: sortKey === "AGENT_NUMBER" ? undefined : wordOf(AGENT_SORTS, sortKey),
    arah: reverse ? "turun" : undefined,
  });
}

/** The filter as the API takes it: only the conditions that are set. */
export function agentFilterOf(state: AgentListState): AgentListState["filter"] {
  return Object.fromEntries(Object.entries(state.filter).filter(([, value]) => value !== undefined));
}
