import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { DateScalar, RupiahScalar } from "../../../shared/graphql/scalars";
import { jakartaToday } from "../../../shared/calendar";
import { canonicalPrograms } from "../domain/enrolment-rules";
import { ContributionPolicy } from "../entities/contribution-policy.entity";
import { ContributionRate } from "../entities/contribution-rate.entity";
import { Program } from "../entities/program";
import { rateBookOf } from "../repositories/rates.repository";
import { ContributionQuote } from "../types/contribution-quote";

@Resolver(() => ContributionRate)
export class ContributionRateResolver {
  @Query(() => [ContributionRate], {
    description: "The dated contribution rules: all of them, or those in force on onDate. A short, bounded list.",
  })
  async contributionRates(
    @Arg("onDate", () => DateScalar, { nullable: true }) onDate: string | undefined,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ContributionRate[]> {
    const book = await rateBookOf(ctx);
    return onDate ? book.ratesOn(onDate) : [...book.rates];
  }

  @Query(() => [ContributionPolicy], { description: "The dated policies (minimum income, due day), oldest first." })
  async contributionPolicies(@Ctx() ctx: SubgraphContext): Promise<ContributionPolicy[]> {
    return [...(await rateBookOf(ctx)).policies];
  }

  @Query(() => ContributionQuote, {
    nullable: true,
    description:
      "What a participant would pay per month on onDate (default today); null when no rules are in force then.",
  })
  async contributionQuote(
    @Arg("declaredIncome", () => RupiahScalar) declaredIncome: number,
    @Arg("programs", () => [Program]) programs: Program[],
    @Arg("onDate", () => DateScalar, { nullable: true }) onDate: string | undefined,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ContributionQuote | null> {
    const book = await rateBookOf(ctx);
    const date = onDate ?? jakartaToday();
    const policy = book.policyOn(date);
    if (!policy) return null;
    const chosen = canonicalPrograms(programs);
    return Object.assign(new ContributionQuote(), book.compute(declaredIncome, chosen, date), {
      declaredIncome,
      programs: chosen,
      onDate: date,
      minimumIncome: policy.minimumIncome,
      meetsMinimumIncome: declaredIncome >= policy.minimumIncome,
      dueDay: policy.dueDay,
      rates: book.ratesOn(date, chosen),
      policy,
    });
  }
}
