import { loadRegions, type Region } from "./regions";

export const BATAM = "21.71";
export const KEPULAUAN_RIAU = "21";
export const DKI_JAKARTA = "31";

/**
 * Relative number of UMKM per Batam kecamatan, after where people live: the mainland kecamatan around
 * Batam Centre, Nagoya and the Batu Aji / Sagulung industrial belt are dense, the island kecamatan
 * (Belakang Padang, Bulang, Galang) small.
 */
export const BATAM_DISTRICT_WEIGHTS: Record<string, number> = {
  "21.71.01": 2, // Belakang Padang
  "21.71.02": 5.5, // Batu Ampar
  "21.71.03": 10.5, // Sekupang
  "21.71.04": 6.5, // Nongsa
  "21.71.05": 1, // Bulang
  "21.71.06": 9, // Lubuk Baja
  "21.71.07": 10, // Sei Beduk
  "21.71.08": 1.5, // Galang
  "21.71.09": 9.5, // Bengkong
  "21.71.10": 15, // Batam Kota
  "21.71.11": 16, // Sagulung
  "21.71.12": 13.5, // Batu Aji
};

/** Batam's island kecamatan, where fishing (kelong, keramba, pompong) is a large share of the UMKM. */
export const BATAM_HINTERLAND = new Set(["21.71.01", "21.71.05", "21.71.08"]);

/**
 * The city of each province that hosts its BPJAMSOSTEK branch, OK OCE city chapter and city Kantor
 * Perisai: the capital, except where a larger city is the business centre (Banjarmasin, Tarakan, Ternate)
 * or the province has no kota (Sulawesi Barat and the new Papua provinces: the capital's kabupaten).
 */
// prettier-ignore
export const PROVINCE_SEATS: Record<string, string> = {
  "11": "11.71", "12": "12.71", "13": "13.71", "14": "14.71", "15": "15.71", "16": "16.71", "17": "17.71",
  "18": "18.71", "19": "19.71", "21": "21.71", "31": "31.71", "32": "32.73", "33": "33.74", "34": "34.71",
  "35": "35.78", "36": "36.73", "51": "51.71", "52": "52.71", "53": "53.71", "61": "61.71", "62": "62.71",
  "63": "63.71", "64": "64.72", "65": "65.71", "71": "71.71", "72": "72.71", "73": "73.71", "74": "74.71",
  "75": "75.71", "76": "76.02", "81": "81.71", "82": "82.71", "91": "91.71", "92": "92.02", "93": "93.01",
  "94": "94.01", "95": "95.01", "96": "96.71",
};

/** The administrative regions, indexed the ways the generator looks them up. */
export class Geography {
  readonly provinces: Region[];
  readonly districts: Region[];
  private readonly byCode = new Map<string, Region>();
  private readonly districtsByRegency = new Map<string, Region[]>();
  private readonly villagesByDistrict = new Map<string, Region[]>();

  constructor() {
    const regions = loadRegions();
    this.provinces = regions.provinces;
    this.districts = regions.districts;
    for (const region of [...regions.provinces, ...regions.regencies, ...regions.districts]) {
      this.byCode.set(region.code, region);
    }
    groupByParent(regions.districts, this.districtsByRegency);
    groupByParent(regions.villages, this.villagesByDistrict);
  }

  region(code: string): Region {
    const region = this.byCode.get(code);
    if (!region) throw new Error(`Unknown region code ${code} in idn-area-data`);
    return region;
  }

  seatOf(provinceCode: string): Region {
    return this.region(PROVINCE_SEATS[provinceCode]);
  }

  districtsOf(regencyCode: string): Region[] {
    return this.districtsByRegency.get(regencyCode) ?? [];
  }

  villagesOf(districtCode: string): Region[] {
    return this.villagesByDistrict.get(districtCode) ?? [];
  }

  /** A regency's name as people say it: "Kota Administrasi Jakarta Pusat" → "Jakarta Pusat". */
  shortName(regencyCode: string): string {
    return this.region(regencyCode).name.replace(/^(Kota Administrasi|Kabupaten Administrasi|Kota|Kabupaten) /, "");
  }
}

function groupByParent(regions: Region[], groups: Map<string, Region[]>): void {
  for (const region of regions) {
    const siblings = groups.get(region.parentCode ?? "");
    if (siblings) siblings.push(region);
    else groups.set(region.parentCode ?? "", [region]);
  }
}
