import type { SevenPasStage, UmkmClass } from "./list-state";

/** What the UMKM form holds: text as typed, so a half-typed number is not lost. */
export interface UmkmDraft {
  businessName: string;
  ownerName: string;
  /** Empty when the stored NIK is masked: left empty, it stays as stored. */
  ownerNik: string;
  phone: string;
  phoneMasked: boolean;
  umkmClass: UmkmClass;
  sector: string;
  streetVendor: boolean;
  kecamatan: { code: string; name: string } | null;
  villageCode: string;
  workers: string;
  joinedOn: string;
  stage: SevenPasStage;
  businessCapital: string;
  annualSales: string;
}

export interface StoredUmkm {
  businessName: string;
  ownerName: string;
  ownerNik: string;
  phone?: string | null;
  umkmClass: UmkmClass;
  sector: string;
  streetVendor: boolean;
  kecamatan: { code: string; name: string };
  village?: { code: string } | null;
  workers: number;
  joinedOn: string;
  stage: SevenPasStage;
  businessCapital?: number | null;
  annualSales?: number | null;
}

export interface UmkmInput {
  businessName?: string;
  ownerName?: string;
  ownerNik?: string;
  phone?: string | null;
  umkmClass?: UmkmClass;
  sector?: string;
  streetVendor?: boolean;
  kecamatanCode?: string;
  villageCode?: string | null;
  workers?: number;
  joinedOn?: string;
  stage?: SevenPasStage;
  businessCapital?: number | null;
  annualSales?: number | null;
}

const masked = (value: string | null | undefined) => Boolean(value?.includes("*"));

export function draftOf(stored: StoredUmkm | null): UmkmDraft {
  return {
    businessName: stored?.businessName ?? "",
    ownerName: stored?.ownerName ?? "",
    ownerNik: stored && !masked(stored.ownerNik) ? stored.ownerNik : "",
    phone: stored?.phone && !masked(stored.phone) ? stored.phone : "",
    phoneMasked: masked(stored?.phone),
    umkmClass: stored?.umkmClass ?? "MIKRO",
    sector: stored?.sector ?? "",
    streetVendor: stored?.streetVendor ?? false,
    kecamatan: stored ? { code: stored.kecamatan.code, name: stored.kecamatan.name } : null,
    villageCode: stored?.village?.code ?? "",
    workers: stored ? String(stored.workers) : "1",
    joinedOn: stored?.joinedOn ?? "",
    stage: stored?.stage ?? "P1",
    businessCapital: stored?.businessCapital == null ? "" : String(stored.businessCapital),
    annualSales: stored?.annualSales == null ? "" : String(stored.annualSales),
  };
}

function wholeNumber(text: string): number | null | undefined {
  if (text.trim() === "") return null;
  const value = Number(text);
  return Number.isInteger(value) && value >= 0 ? value : undefined;
}

/**
 * The mutation input of a draft: everything for a new UMKM; for an edit only the fields that differ from what
 * is stored (a masked NIK or phone left empty is not sent). Numbers that are not whole and ≥ 0 are refused
 * here, by field; everything else the API checks.
 */
export function inputOf(
  draft: UmkmDraft,
  stored: StoredUmkm | null,
): { ok: true; value: UmkmInput } | { ok: false; invalid: string[] } {
  const workers = wholeNumber(draft.workers);
  const businessCapital = wholeNumber(draft.businessCapital);
  const annualSales = wholeNumber(draft.annualSales);
  const invalid = [
    workers === undefined || workers === null ? "workers" : null,
    businessCapital === undefined ? "businessCapital" : null,
    annualSales === undefined ? "annualSales" : null,
  ].filter((field): field is string => field !== null);
  if (invalid.length > 0) return { ok: false, invalid };

  const full: UmkmInput = {
    businessName: draft.businessName.trim(),
    ownerName: draft.ownerName.trim(),
    ownerNik: draft.ownerNik.trim(),
    phone: draft.phone.trim() || null,
    umkmClass: draft.umkmClass,
    sector: draft.sector,
    streetVendor: draft.streetVendor,
    kecamatanCode: draft.kecamatan?.code ?? "",
    villageCode: draft.villageCode || null,
    workers: workers!,
    joinedOn: draft.joinedOn,
    stage: draft.stage,
    businessCapital: businessCapital ?? null,
    annualSales: annualSales ?? null,
  };
  if (!stored) return { ok: true, value: full };

  const before: UmkmInput = {
    businessName: stored.businessName,
    ownerName: stored.ownerName,
    ownerNik: masked(stored.ownerNik) ? "" : stored.ownerNik,
    phone: masked(stored.phone) ? null : (stored.phone ?? null),
    umkmClass: stored.umkmClass,
    sector: stored.sector,
    streetVendor: stored.streetVendor,
    kecamatanCode: stored.kecamatan.code,
    villageCode: stored.village?.code ?? null,
    workers: stored.workers,
    joinedOn: stored.joinedOn,
    stage: stored.stage,
    businessCapital: stored.businessCapital ?? null,
    annualSales: stored.annualSales ?? null,
  };
  const changed = Object.fromEntries(
    Object.entries(full).filter(([key, value]) => value !== before[key as keyof UmkmInput]),
  ) as UmkmInput;
  // A masked NIK or phone left empty means "keep it", not "clear it".
  if (masked(stored.ownerNik) && !changed.ownerNik) delete changed.ownerNik;
  if (masked(stored.phone) && changed.phone === null) delete changed.phone;
  return { ok: true, value: changed };
}
