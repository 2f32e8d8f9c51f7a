import type { Em } from "../../../shared/db/orm";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { ContributionPolicy } from "../entities/contribution-policy.entity";
import { ContributionRate } from "../entities/contribution-rate.entity";
import { RateBook } from "./rate-book";

/**
 * Reads the dated contribution configuration. It is a few dozen rows at most, and a contribution for a
 * past period is priced by the rules of that period, so every row is loaded and filtered by date in memory.
 */
export class RatesRepository {
  constructor(private readonly em: Em) {}

  async load(): Promise<RateBook> {
    const [rates, policies] = await Promise.all([
      this.em.find(ContributionRate, {}, { orderBy: { validFrom: "asc", id: "asc" } }),
      this.em.find(ContributionPolicy, {}, { orderBy: { validFrom: "asc", id: "asc" } }),
    ]);
    return new RateBook(rates, policies);
  }
}

/** The rate book of the current request, loaded on first use and shared by every resolver after it. */
export function rateBookOf(ctx: SubgraphContext): Promise<RateBook> {
  return ctx.loaders
    .get<string, RateBook>("rateBook", async (keys) => {
      const book = await new RatesRepository(ctx.em).load();
      return keys.map(() => book);
    })
    .load("all");
}
