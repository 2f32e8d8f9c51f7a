import { registerEnumType } from "type-graphql";

/** How a contribution rate row reads its `value`. */
export enum RateKind {
  PERCENT_OF_INCOME = "PERCENT_OF_INCOME",
  FIXED = "FIXED",
  DISCOUNT = "DISCOUNT",
}

registerEnumType(RateKind, {
  name: "RateKind",
  description: "How a contribution rate applies; it decides the unit of `ContributionRate.value`.",
  valuesConfig: {
    PERCENT_OF_INCOME: { description: "A share of the declared monthly income; value in basis points (100 = 1 %)." },
    FIXED: { description: "A fixed monthly amount; value in rupiah." },
    DISCOUNT: { description: "A relief on the program's amount; value in percent (99 = 99 % off)." },
  },
});
