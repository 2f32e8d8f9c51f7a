import { describe, expect, it } from "vitest";
import { INITIAL_POLICIES, INITIAL_RATES } from "../domain/contribution-rates";
import { ContributionPolicy } from "../entities/contribution-policy.entity";
import { ContributionRate } from "../entities/contribution-rate.entity";
import { RateBook } from "./rate-book";

function book(): RateBook {
  const rates = INITIAL_RATES.map((rule, index) => Object.assign(new ContributionRate(), rule, { id: index + 1 }));
  const policies = INITIAL_POLICIES.map((rule, index) =>
    Object.assign(new ContributionPolicy(), rule, { id: index + 1 }),
  );
  return new RateBook(rates, policies);
}

describe("RateBook", () => {
  it("prices a participant by the rows in force on the date", () => {
    expect(book().compute(1_000_000, ["JKK", "JKM"], "2020-12-01")).toMatchObject({ jkk: 100, jkm: 68, total: 168 });
    expect(book().compute(1_000_000, ["JKK", "JKM"], "2021-02-01")).toMatchObject({
      jkk: 10_000,
      jkm: 6_800,
      total: 16_800,
    });
  });

  it("lists the rows in force for the chosen programs and finds the policy row of a date", () => {
    expect(
      book()
        .ratesOn("2020-12-01", ["JKK"])
        .map((rate) => rate.summary),
    ).toEqual(["JKK 1 % of declared income", "JKK 99 % off"]);
    expect(
      book()
        .ratesOn("2024-01-01")
        .map((rate) => rate.program),
    ).toEqual(["JKK", "JKM", "JHT"]);
    expect(book().policyOn("2020-12-01")).toMatchObject({ id: 2, dueDay: 30 });
    expect(book().policyOn("2015-01-01")).toBeNull();
  });

  it("gives the due date of a period by the policy of the period's first day", () => {
    expect(book().dueDateOf("2020-12")).toBe("2021-01-30");
    expect(book().dueDateOf("2021-02")).toBe("2021-03-15");
  });
});
