import type { SubgraphContext } from "../../../shared/graphql/context";
import { rateBookOf } from "../repositories/rates.repository";
import { LapseRule } from "./lapse-rule.entity";
import { overdueThrough, paymentStateOf, type PaymentRecord, type PaymentStateValue } from "./payment-state";

/**
 * What today's payment states are judged by: the due dates of the dated contribution policies (the rate
 * book) and the lapse rule in force today. Loaded once per request.
 */
export class PaymentRules {
  constructor(
    readonly today: string,
    readonly dueDateOf: (period: string) => string | null,
    readonly lapseAfterMonths: number,
  ) {}

  /** The latest period past its due date today. */
  get overdueThrough(): string {
    return overdueThrough(this.today, this.dueDateOf);
  }

  stateOf(record: PaymentRecord): PaymentStateValue {
    return paymentStateOf(record, this.today, this.dueDateOf, this.lapseAfterMonths);
  }
}

export function paymentRulesOf(ctx: SubgraphContext, today: string): Promise<PaymentRules> {
  return ctx.loaders
    .get<string, PaymentRules>("paymentRules", async (days) => {
      const book = await rateBookOf(ctx);
      const rules = await ctx.em.find(LapseRule, {
        validFrom: { $lte: today },
        $or: [{ validTo: null }, { validTo: { $gte: today } }],
      });
      if (!rules.length) throw new Error(`No lapse rule is in force on ${today}`);
      const result = new PaymentRules(today, (period) => book.dueDateOf(period), rules[0].unpaidMonths);
      return days.map(() => result);
    })
    .load(today);
}
