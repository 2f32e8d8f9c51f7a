/**
 * Contribution rules for BPU (Bukan Penerima Upah) participants, as dated configuration: a new regulation
 * is a new row with a start date, never a code change. The rows below are the initial configuration the
 * coverage migration loads; at run time the rows come from the database.
 */
export type Program = "JKK" | "JKM" | "JHT";
export type RateKind = "PERCENT_OF_INCOME" | "FIXED" | "DISCOUNT";

export interface RateRule {
  program: Program;
  kind: RateKind;
  /** Basis points for PERCENT_OF_INCOME (100 = 1 %), rupiah for FIXED, percent for DISCOUNT. */
  value: number;
  validFrom: string;
  validTo: string | null;
  legalBasis: string;
}

export interface PolicyRule {
  minimumIncome: number;
  /** Day of the month after the period by which the contribution is due. */
  dueDay: number;
  validFrom: string;
  validTo: string | null;
  legalBasis: string;
}

export const INITIAL_RATES: RateRule[] = [
  {
    program: "JKK",
    kind: "PERCENT_OF_INCOME",
    value: 100,
    validFrom: "2015-07-01",
    validTo: null,
    legalBasis: "PP 44/2015",
  },
  { program: "JKM", kind: "FIXED", value: 6_800, validFrom: "2015-07-01", validTo: null, legalBasis: "PP 44/2015" },
  {
    program: "JHT",
    kind: "PERCENT_OF_INCOME",
    value: 200,
    validFrom: "2015-07-01",
    validTo: null,
    legalBasis: "PP 46/2015",
  },
  {
    program: "JKK",
    kind: "DISCOUNT",
    value: 99,
    validFrom: "2020-08-01",
    validTo: "2021-01-31",
    legalBasis: "PP 49/2020 (relaksasi iuran)",
  },
  {
    program: "JKM",
    kind: "DISCOUNT",
    value: 99,
    validFrom: "2020-08-01",
    validTo: "2021-01-31",
    legalBasis: "PP 49/2020 (relaksasi iuran)",
  },
];

export const INITIAL_POLICIES: PolicyRule[] = [
  { minimumIncome: 1_000_000, dueDay: 15, validFrom: "2015-07-01", validTo: "2020-07-31", legalBasis: "PP 44/2015" },
  {
    minimumIncome: 1_000_000,
    dueDay: 30,
    validFrom: "2020-08-01",
    validTo: "2021-01-31",
    legalBasis: "PP 49/2020 (relaksasi iuran)",
  },
  { minimumIncome: 1_000_000, dueDay: 15, validFrom: "2021-02-01", validTo: null, legalBasis: "PP 44/2015" },
];

export interface ContributionAmounts {
  jkk: number;
  jkm: number;
  jht: number;
  total: number;
}

function inForce<T extends { validFrom: string; validTo: string | null }>(rule: T, date: string): boolean {
  return rule.validFrom <= date && (rule.validTo === null || date <= rule.validTo);
}

/** The policy (minimum income, due day) in force on a date, or null if none is configured. */
export function policyOn(policies: PolicyRule[], date: string): PolicyRule | null {
  return policies.find((policy) => inForce(policy, date)) ?? null;
}

/**
 * The monthly contribution per program for a declared income, by the rules in force on `date`
 * (the first day of the contribution period). Programs not chosen cost nothing.
 */
export function computeContribution(
  rates: RateRule[],
  income: number,
  programs: readonly Program[],
  date: string,
): ContributionAmounts {
  const amountFor = (program: Program): number => {
    if (!programs.includes(program)) return 0;
    const rules = rates.filter((rate) => rate.program === program && inForce(rate, date));
    const base = rules.reduce((sum, rule) => {
      if (rule.kind === "PERCENT_OF_INCOME") return sum + Math.round((income * rule.value) / 10_000);
      if (rule.kind === "FIXED") return sum + rule.value;
      return sum;
    }, 0);
    const discount = rules
      .filter((rule) => rule.kind === "DISCOUNT")
      .reduce((max, rule) => Math.max(max, rule.value), 0);
    return Math.round((base * (100 - discount)) / 100);
  };
  const jkk = amountFor("JKK");
  const jkm = amountFor("JKM");
  const jht = amountFor("JHT");
  return { jkk, jkm, jht, total: jkk + jkm + jht };
}

/** The due date of a period "YYYY-MM": dueDay of the next month, clamped to that month's length. */
export function dueDateOf(policies: PolicyRule[], period: string): string | null {
  const policy = policyOn(policies, `${period}-01`);
  if (!policy) return null;
  const [year, month] = period.split("-").map(Number);
  const nextYear = month === 12 ? year + 1 : year;
  const nextMonth = month === 12 ? 1 : month + 1;
  const lastDay = new Date(Date.UTC(nextYear, nextMonth, 0)).getUTCDate();
  const day = Math.min(policy.dueDay, lastDay);
  return `${nextYear}-${String(nextMonth).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A rule in words, for quotes and statements: "JKK 1 % of declared income". */
export function describeRate(rate: Pick<RateRule, "program" | "kind" | "value">): string {
  if (rate.kind === "PERCENT_OF_INCOME") return `${rate.program} ${rate.value / 100} % of declared income`;
  if (rate.kind === "FIXED") return `${rate.program} Rp${rate.value.toLocaleString("en-US")} a month`;
  return `${rate.program} ${rate.value} % off`;
}
