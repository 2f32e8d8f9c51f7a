import type { BpjsNetwork } from "./bpjs-offices";
import type { ChapterNetwork } from "./chapters";
import { addDays, endOfTerm, randomDate } from "./dates";
import { type Geography, KEPULAUAN_RIAU } from "./geography";
import type { MouRecord } from "./model";
import {
  BATAM_BRANCH_HEAD,
  BATAM_BRANCH_HEAD_TITLE,
  BATAM_UMKM_COUNT,
  MOU_PLACE,
  MOU_SIGNED_ON,
  MOU_TITLE,
  OKOCE_BRAND,
  OKOCE_NATIONAL_COORDINATOR,
  OKOCE_NATIONAL_COORDINATOR_TITLE,
  PIONEER_MOU_SCOPE,
} from "./pioneer";
import type { Random } from "./random";

export interface MouSet {
  records: MouRecord[];
  pioneer: MouRecord;
  /** The MoU each province's Kantor Perisai works under (the pioneer MoU for Kepulauan Riau). */
  byProvince: Map<string, MouRecord>;
}

const TERM_YEARS = 5;
/** A synthetic renewal of the pioneer MoU, signed shortly before the first term ran out. */
const RENEWAL_SIGNED_ON = "2025-07-01";
const ROMAN_MONTHS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/** The pioneer MoU (id 1), one synthetic MoU per other province (2021 to mid 2024), then the renewal if it is due. */
export function buildMous(
  geography: Geography,
  bpjs: BpjsNetwork,
  chapters: ChapterNetwork,
  today: string,
  rng: Random,
): MouSet {
  const pioneer = pioneerMou(bpjs.branchByProvince.get(KEPULAUAN_RIAU)!.id, chapters.national.id);
  const records = [pioneer];
  const byProvince = new Map<string, MouRecord>([[KEPULAUAN_RIAU, pioneer]]);
  for (const province of geography.provinces.filter((candidate) => candidate.code !== KEPULAUAN_RIAU)) {
    const branch = bpjs.branchByProvince.get(province.code)!;
    const chapter = chapters.byProvince.get(province.code)!;
    const signedOn = randomDate(rng, "2021-01-01", "2024-06-30");
    const city = geography.shortName(branch.regionCode);
    const mou: MouRecord = {
      id: records.length + 1,
      number: mouNumber(records.length + 1, signedOn),
      title: MOU_TITLE,
      bpjsOfficeId: branch.id,
      chapterId: chapter.id,
      signedOn,
      place: city,
      bpjsSignatory: branch.headName,
      bpjsSignatoryTitle: `Kepala Kantor Cabang BPJAMSOSTEK ${city}`,
      okoceSignatory: chapter.coordinatorName,
      okoceSignatoryTitle: `Koordinator Wilayah ${OKOCE_BRAND} ${province.name}`,
      scope: provinceScope(province.name),
      validFrom: signedOn,
      validUntil: endOfTerm(signedOn, TERM_YEARS),
      umkmTarget: rng.int(150, 2_000) * 100,
    };
    records.push(mou);
    byProvince.set(province.code, mou);
  }
  if (today >= RENEWAL_SIGNED_ON) records.push(renewalOf(pioneer, records.length + 1));
  return { records, pioneer, byProvince };
}

function pioneerMou(batamBranchId: number, nationalChapterId: number): MouRecord {
  return {
    id: 1,
    number: mouNumber(1, MOU_SIGNED_ON),
    title: MOU_TITLE,
    bpjsOfficeId: batamBranchId,
    chapterId: nationalChapterId,
    signedOn: MOU_SIGNED_ON,
    place: MOU_PLACE,
    bpjsSignatory: BATAM_BRANCH_HEAD,
    bpjsSignatoryTitle: BATAM_BRANCH_HEAD_TITLE,
    okoceSignatory: OKOCE_NATIONAL_COORDINATOR,
    okoceSignatoryTitle: OKOCE_NATIONAL_COORDINATOR_TITLE,
    scope: PIONEER_MOU_SCOPE,
    validFrom: MOU_SIGNED_ON,
    validUntil: endOfTerm(MOU_SIGNED_ON, TERM_YEARS),
    umkmTarget: BATAM_UMKM_COUNT,
  };
}

function renewalOf(pioneer: MouRecord, id: number): MouRecord {
  const validFrom = addDays(pioneer.validUntil!, 1);
  return {
    ...pioneer,
    id,
    number: mouNumber(id, RENEWAL_SIGNED_ON),
    signedOn: RENEWAL_SIGNED_ON,
    scope: `Perpanjangan Nota Kesepahaman tanggal 9 Juli 2020. ${PIONEER_MOU_SCOPE}`,
    validFrom,
    validUntil: endOfTerm(validFrom, TERM_YEARS),
  };
}

function provinceScope(provinceName: string): string {
  return (
    `Pembentukan Kantor Perisai ${OKOCE_BRAND} ${provinceName} dan penunjukan Agen Perisai dari pelaku UMKM ` +
    "binaan OK OCE, mengikuti model pioneer Kantor Perisai OK OCE Progresif Batam, untuk perlindungan jaminan " +
    "sosial ketenagakerjaan (JKK, JKM dan JHT) bagi pelaku UMKM dan pedagang kaki lima."
  );
}

/** Synthetic numbers in the usual shape of Indonesian agreements: serial/kind/parties/Roman month/year. */
function mouNumber(serial: number, signedOn: string): string {
  const month = ROMAN_MONTHS[Number(signedOn.slice(5, 7)) - 1];
  return `${String(serial).padStart(3, "0")}/NK/OKOCE-BPJAMSOSTEK/${month}/${signedOn.slice(0, 4)}`;
}
