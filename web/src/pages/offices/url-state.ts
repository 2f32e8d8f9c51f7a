/**
 * The list views of Kantor Perisai and MoUs as URL parameters (in Indonesian, like the paths), so a shared
 * link reproduces the filter and the order: /kantor?wilayah=21.71&urut=nama&arah=turun.
 */

export const OFFICE_STATUSES = ["PROPOSED", "ACTIVE", "UNDER_REVIEW", "CLOSED"] as const;
export type OfficeStatus = (typeof OFFICE_STATUSES)[number];

const OFFICE_SORTS = { nama: "NAME", didirikan: "ESTABLISHED_ON", dicatat: "CREATED_AT" } as const;
export type OfficeSortKey = (typeof OFFICE_SORTS)[keyof typeof OFFICE_SORTS];
export const OFFICE_SORT_KEYS = Object.values(OFFICE_SORTS);

const MOU_SORTS = { tanggal: "SIGNED_ON", nomor: "NUMBER" } as const;
export type MouSortKey = (typeof MOU_SORTS)[keyof typeof MOU_SORTS];
export const MOU_SORT_KEYS = Object.values(MOU_SORTS);

export interface OfficeListState {
  filter: {
    search?: string;
    regionCode?: string;
    pioneer?: boolean;
    parentId?: string;
    status?: OfficeStatus;
    supervisingBranchId?: string;
  };
  sortKey: OfficeSortKey;
  reverse: boolean;
}

export interface MouListState {
  filter: { search?: string; bpjsOfficeId?: string; chapterId?: string; activeOn?: string };
  sortKey: MouSortKey;
  reverse: boolean;
}

function text(params: URLSearchParams, name: string): string | undefined {
  return params.get(name)?.trim() || undefined;
}

function sortOf<Key extends string>(sorts: Record<string, Key>, word: string | null, fallback: Key): Key {
  return word && Object.hasOwn(sorts, word) ? sorts[word] : fallback;
}

function wordOf<Key extends string>(sorts: Record<string, Key>, key: Key): string {
  return Object.keys(sorts).find((word) => sorts[word] === key)!;
}

function setAll(entries: Record<string, string | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(entries)) if (value) params.set(name, value);
  return params;
}

export function officeListFromParams(params: URLSearchParams): OfficeListState {
  const pioneer = params.get("perintis");
  const status = params.get("status");
  return {
    filter: {
      search: text(params, "cari"),
      regionCode: text(params, "wilayah"),
      pioneer: pioneer === "ya" ? true : pioneer === "tidak" ? false : undefined,
      parentId: text(params, "induk"),
      status: OFFICE_STATUSES.find((value) => value === status),
      supervisingBranchId: text(params, "cabang"),
    },
    sortKey: sortOf(OFFICE_SORTS, params.get("urut"), "NAME"),
    reverse: params.get("arah") === "turun",
  };
}

export function officeListToParams({ filter, sortKey, reverse }: OfficeListState): URLSearchParams {
  return setAll({
    cari: filter.search?.trim(),
    wilayah: filter.regionCode?.trim(),
    perintis: filter.pioneer === undefined ? undefined : filter.pioneer ? "ya" : "tidak",
    induk: filter.parentId,
    status: filter.status,
    cabang: filter.supervisingBranchId,
    urut: sortKey === "NAME" ? undefined : wordOf(OFFICE_SORTS, sortKey),
    arah: reverse ? "turun" : undefined,
  });
}

export function mouListFromParams(params: URLSearchParams): MouListState {
  const activeOn = text(params, "berlaku");
  return {
    filter: {
      search: text(params, "cari"),
      bpjsOfficeId: text(params, "kantorBpjs"),
      chapterId: text(params, "chapter"),
      activeOn: activeOn && /^\d{4}-\d{2}-\d{2}$/.test(activeOn) ? activeOn : undefined,
    },
    sortKey: sortOf(MOU_SORTS, params.get("urut"), "SIGNED_ON"),
    reverse: params.get("arah") === "turun",
  };
}

export function mouListToParams({ filter, sortKey, reverse }: MouListState): URLSearchParams {
  return setAll({
    cari: filter.search?.trim(),
    kantorBpjs: filter.bpjsOfficeId,
    chapter: filter.chapterId,
    berlaku: filter.activeOn,
    urut: sortKey === "SIGNED_ON" ? undefined : wordOf(MOU_SORTS, sortKey),
    arah: reverse ? "turun" : undefined,
  });
}

/** Drops the conditions left empty, so the API gets only the ones the user chose. */
export function compact<T extends object>(filter: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(filter).filter(([, value]) => value !== undefined && value !== ""),
  ) as Partial<T>;
}
