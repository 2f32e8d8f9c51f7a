import type { BpjsNetwork } from "./bpjs-offices";
import type { ChapterNetwork } from "./chapters";
import { addDays, randomDate } from "./dates";
import { BATAM, BATAM_DISTRICT_WEIGHTS, DKI_JAKARTA, type Geography, KEPULAUAN_RIAU } from "./geography";
import type { PerisaiOfficeRecord } from "./model";
import type { MouSet } from "./mous";
import { streetAddress } from "./people";
import { MOU_SIGNED_ON, PIONEER_OFFICE_NAME } from "./pioneer";
import type { Random } from "./random";

/** An office that appoints agents, and the kecamatan its agents may work in. */
export interface RecruitingOffice {
  office: PerisaiOfficeRecord;
  regencyCode: string;
  districtCodes: string[];
}

export interface PerisaiNetwork {
  records: PerisaiOfficeRecord[];
  recruiting: RecruitingOffice[];
}

const NAME_PREFIX = "Kantor Perisai OK OCE Progresif";
/** The network was declared national on Independence Day, a few weeks after the Batam pioneer opened. */
const NATIONAL_ESTABLISHED_ON = "2020-08-17";

/** Batam's sub-offices, each serving the kecamatan around it; the pioneer itself serves the whole city. */
const BATAM_SUB_OFFICES = [
  { districtCode: "21.71.06", covers: ["21.71.06", "21.71.02", "21.71.09"] }, // Lubuk Baja (Nagoya)
  { districtCode: "21.71.10", covers: ["21.71.10", "21.71.07", "21.71.04"] }, // Batam Kota
  { districtCode: "21.71.11", covers: ["21.71.11", "21.71.12"] }, // Sagulung
];

/**
 * The national root (id 1), the Batam pioneer (id 2) and its sub-offices, then an office per province
 * and one per province seat city (Batam is Kepulauan Riau's).
 */
export function buildPerisaiOffices(
  geography: Geography,
  bpjs: BpjsNetwork,
  chapters: ChapterNetwork,
  mous: MouSet,
  rng: Random,
): PerisaiNetwork {
  const records: PerisaiOfficeRecord[] = [];
  const add = (fields: Omit<PerisaiOfficeRecord, "id" | "pioneer"> & { pioneer?: true }): PerisaiOfficeRecord => {
    const office = { id: records.length + 1, pioneer: false, ...fields };
    records.push(office);
    return office;
  };
  const batamBranchId = bpjs.branchByProvince.get(KEPULAUAN_RIAU)!.id;
  const national = add({
    parentId: null,
    name: `${NAME_PREFIX} Nasional`,
    regionCode: DKI_JAKARTA,
    hostChapterId: chapters.national.id,
    // The national office answers to Kantor Pusat, not to a branch.
    supervisingBranchId: bpjs.headOffice.id,
    // No branch's MoU covers the whole network: the province offices each work under their own.
    mouId: null,
    status: "ACTIVE",
    monthlyTarget: 500,
    establishedOn: NATIONAL_ESTABLISHED_ON,
    address: streetAddress(rng, "Jakarta Pusat"),
  });
  // The province offices follow the pioneer and its sub-offices; Batam's parent is the Kepulauan Riau one.
  const kepriOfficeId =
    3 + BATAM_SUB_OFFICES.length + geography.provinces.findIndex((province) => province.code === KEPULAUAN_RIAU);
  const pioneer = add({
    parentId: kepriOfficeId,
    name: PIONEER_OFFICE_NAME,
    regionCode: BATAM,
    hostChapterId: chapters.batam.id,
    supervisingBranchId: batamBranchId,
    mouId: mous.pioneer.id,
    status: "ACTIVE",
    pioneer: true,
    monthlyTarget: 150,
    establishedOn: MOU_SIGNED_ON,
    address: null,
  });
  const recruiting: RecruitingOffice[] = [
    { office: pioneer, regencyCode: BATAM, districtCodes: Object.keys(BATAM_DISTRICT_WEIGHTS) },
  ];
  for (const plan of BATAM_SUB_OFFICES) {
    const district = geography.region(plan.districtCode);
    const office = add({
      parentId: pioneer.id,
      name: `${NAME_PREFIX} Kecamatan ${district.name}`,
      regionCode: district.code,
      hostChapterId: chapters.byBatamDistrict.get(district.code)!.id,
      supervisingBranchId: batamBranchId,
      mouId: mous.pioneer.id,
      status: "ACTIVE",
      monthlyTarget: 75,
      establishedOn: randomDate(rng, "2020-10-01", "2021-06-30"),
      address: streetAddress(rng, `${district.name}, Batam`),
    });
    recruiting.push({ office, regencyCode: BATAM, districtCodes: plan.covers });
  }
  const provinceOffices = geography.provinces.map((province) => {
    const mou = mous.byProvince.get(province.code)!;
    return add({
      parentId: national.id,
      name: `${NAME_PREFIX} ${province.name}`,
      regionCode: province.code,
      hostChapterId: chapters.byProvince.get(province.code)!.id,
      supervisingBranchId: bpjs.branchByProvince.get(province.code)!.id,
      mouId: mou.id,
      status: "ACTIVE",
      monthlyTarget: 20,
      establishedOn:
        province.code === KEPULAUAN_RIAU ? NATIONAL_ESTABLISHED_ON : addDays(mou.signedOn, rng.int(14, 90)),
      address: streetAddress(rng, geography.shortName(geography.seatOf(province.code).code)),
    });
  });
  provinceOffices.forEach((provinceOffice, index) => {
    const provinceCode = geography.provinces[index].code;
    if (provinceCode === KEPULAUAN_RIAU) return;
    const seat = geography.seatOf(provinceCode);
    const office = add({
      parentId: provinceOffice.id,
      name: `${NAME_PREFIX} ${geography.shortName(seat.code)}`,
      regionCode: seat.code,
      hostChapterId: chapters.byCity.get(provinceCode)!.id,
      supervisingBranchId: provinceOffice.supervisingBranchId,
      mouId: provinceOffice.mouId,
      // Offices that missed their minimum three months running are reviewed (DESIGN.md §3).
      status: rng.chance(0.1) ? "UNDER_REVIEW" : "ACTIVE",
      monthlyTarget: rng.int(5, 12),
      establishedOn: addDays(provinceOffice.establishedOn, rng.int(0, 60)),
      address: streetAddress(rng, geography.shortName(seat.code)),
    });
    recruiting.push({
      office,
      regencyCode: seat.code,
      districtCodes: geography.districtsOf(seat.code).map((district) => district.code),
    });
  });
  return { records, recruiting };
}
