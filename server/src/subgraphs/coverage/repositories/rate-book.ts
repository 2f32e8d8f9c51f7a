import {
  computeContribution,
  dueDateOf,
  policyOn,
  type ContributionAmounts,
  type PolicyRule,
  type Program,
  type RateRule,
} from "../domain/contribution-rates";
import type { ContributionPolicy } from "../entities/contribution-policy.entity";
import type { ContributionRate } from "../entities/contribution-rate.entity";

function inForce(rule: { validFrom: string; validTo: string | null }, date: string): boolean {
  return rule.validFrom <= date && (rule.validTo === null || date <= rule.validTo);
}

/**
 * Every dated rate and policy row, converted once to the shapes the pure contribution rules take, so a
 * page of 100 participants is priced in memory from one read of the configuration.
 */
export class RateBook {
  private readonly rateRules: RateRule[];
  private readonly policyRules: PolicyRule[];

  constructor(
    readonly rates: readonly ContributionRate[],
    readonly policies: readonly ContributionPolicy[],
  ) {
    this.rateRules = rates.map((rate) => rate.toRule());
    this.policyRules = policies.map((policy) => policy.toRule());
  }

  ratesOn(date: string, programs?: readonly Program[]): ContributionRate[] {
    return this.rates.filter((rate) => inForce(rate, date) && (!programs || programs.includes(rate.program)));
  }

  policyOn(date: string): ContributionPolicy | null {
    const rule = policyOn(this.policyRules, date);
    return rule ? this.policies[this.policyRules.indexOf(rule)] : null;
  }

  /** The date a period's contribution falls due, by the policy in force on the period's first day. */
  dueDateOf(period: string): string | null {
    return dueDateOf(this.policyRules, period);
  }

  compute(income: number, programs: readonly Program[], date: string): ContributionAmounts {
    return computeContribution(this.rateRules, income, programs, date);
  }
}
