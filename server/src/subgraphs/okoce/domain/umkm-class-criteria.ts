import { UmkmClass } from "../entities/umkm-class";

/** The ceilings of one size class; a business belongs to the smallest class whose ceiling it stays within. */
export interface UmkmClassBand {
  umkmClass: UmkmClass;
  maxBusinessCapital: number;
  maxAnnualSales: number;
}

/**
 * The size criteria of a regulation, as dated configuration: a new regulation is a new entry with a start
 * date, never a code change. Bands are listed from the smallest class up. "Capital" is modal usaha under
 * PP 7/2021 and kekayaan bersih under UU 20/2008, both excluding land and buildings.
 */
export interface UmkmClassCriteria {
  validFrom: string;
  validTo: string | null;
  legalBasis: string;
  bands: UmkmClassBand[];
}

const MILLION = 1_000_000;
const BILLION = 1_000_000_000;

export const UMKM_CLASS_CRITERIA: UmkmClassCriteria[] = [
  {
    validFrom: "2008-07-04",
    validTo: "2021-02-01",
    legalBasis: "UU 20/2008 Pasal 6",
    bands: [
      { umkmClass: UmkmClass.MIKRO, maxBusinessCapital: 50 * MILLION, maxAnnualSales: 300 * MILLION },
      { umkmClass: UmkmClass.KECIL, maxBusinessCapital: 500 * MILLION, maxAnnualSales: 2_500 * MILLION },
      { umkmClass: UmkmClass.MENENGAH, maxBusinessCapital: 10 * BILLION, maxAnnualSales: 50 * BILLION },
    ],
  },
  {
    validFrom: "2021-02-02",
    validTo: null,
    legalBasis: "PP 7/2021 Pasal 35",
    bands: [
      { umkmClass: UmkmClass.MIKRO, maxBusinessCapital: 1 * BILLION, maxAnnualSales: 2 * BILLION },
      { umkmClass: UmkmClass.KECIL, maxBusinessCapital: 5 * BILLION, maxAnnualSales: 15 * BILLION },
      { umkmClass: UmkmClass.MENENGAH, maxBusinessCapital: 10 * BILLION, maxAnnualSales: 50 * BILLION },
    ],
  },
];

export function criteriaOn(date: string, table: UmkmClassCriteria[] = UMKM_CLASS_CRITERIA): UmkmClassCriteria | null {
  return table.find((entry) => entry.validFrom <= date && (entry.validTo === null || date <= entry.validTo)) ?? null;
}

export interface UmkmFigures {
  businessCapital?: number | null;
  annualSales?: number | null;
}

export interface ClassProblem {
  field: "businessCapital" | "annualSales";
  message: string;
  kind: "ABOVE_UMKM" | "OTHER_CLASS";
}

const FIGURES = [
  { field: "businessCapital", label: "Business capital", ceiling: "maxBusinessCapital" },
  { field: "annualSales", label: "Annual sales", ceiling: "maxAnnualSales" },
] as const;

function rupiah(amount: number): string {
  return `Rp${amount.toLocaleString("en-US")}`;
}

/**
 * Checks that each figure given falls in the band of the declared class under the criteria in force on
 * `date`. Either figure alone may classify a business (PP 7/2021 uses capital for new businesses, sales
 * for running ones), so each one given must agree with the class.
 */
export function umkmClassProblems(umkmClass: UmkmClass, figures: UmkmFigures, date: string): ClassProblem[] {
  const criteria = criteriaOn(date);
  if (!criteria) return [];
  const problems: ClassProblem[] = [];
  for (const { field, label, ceiling } of FIGURES) {
    const amount = figures[field];
    if (amount === null || amount === undefined) continue;
    const band = criteria.bands.find((candidate) => amount <= candidate[ceiling]);
    if (!band) {
      const top = criteria.bands[criteria.bands.length - 1];
      problems.push({
        field,
        kind: "ABOVE_UMKM",
        message: `${label} of ${rupiah(amount)} is above the ${top.umkmClass} ceiling of ${rupiah(top[ceiling])} (${criteria.legalBasis}): the business is not an UMKM`,
      });
    } else if (band.umkmClass !== umkmClass) {
      const declared = criteria.bands.find((candidate) => candidate.umkmClass === umkmClass)!;
      const previous = criteria.bands[criteria.bands.indexOf(declared) - 1];
      const range = previous
        ? `above ${rupiah(previous[ceiling])} up to ${rupiah(declared[ceiling])}`
        : `up to ${rupiah(declared[ceiling])}`;
      problems.push({
        field,
        kind: "OTHER_CLASS",
        message: `${label} of ${rupiah(amount)} puts the business in class ${band.umkmClass}, not ${umkmClass} (${umkmClass}: ${range}; ${criteria.legalBasis})`,
      });
    }
  }
  return problems;
}
