import { describe, expect, it } from "vitest";
import {
  assessInactivity,
  inactivityWindow,
  rejoinDate,
  rejoinRefusalOf,
  ruleInForce,
  type AgentRuleTerms,
  type MonthActivity,
} from "./inactivity";

const RULE_2020: AgentRuleTerms = { validFrom: "2020-07-09", inactiveMonths: 3, rejoinAfterMonths: 6 };
const TODAY = "2026-11-23";
const LONG_AGO = "2024-01-15";

function quiet(month: string): MonthActivity {
  return { month, newParticipants: 0, contributions: 0 };
}

describe("termination proposals", () => {
  it("looks at the complete months before the current one", () => {
    expect(inactivityWindow(RULE_2020, TODAY)).toEqual(["2026-08", "2026-09", "2026-10"]);
    expect(inactivityWindow(RULE_2020, "2027-01-01")).toEqual(["2026-10", "2026-11", "2026-12"]);
  });

  it("proposes an agent after 3 months without a participant or a contribution, not after 2", () => {
    const threeQuiet = assessInactivity(RULE_2020, TODAY, LONG_AGO, [
      { month: "2026-07", newParticipants: 4, contributions: 9 },
    ]);
    expect(threeQuiet.proposed).toBe(true);
    expect(threeQuiet.months).toEqual([quiet("2026-08"), quiet("2026-09"), quiet("2026-10")]);

    const twoQuiet = assessInactivity(RULE_2020, TODAY, LONG_AGO, [
      { month: "2026-08", newParticipants: 1, contributions: 0 },
    ]);
    expect(twoQuiet.proposed).toBe(false);
    expect(twoQuiet.months[0]).toEqual({ month: "2026-08", newParticipants: 1, contributions: 0 });
  });

  it("does not count a month with only a contribution as inactive", () => {
    const assessment = assessInactivity(RULE_2020, TODAY, LONG_AGO, [
      { month: "2026-09", newParticipants: 0, contributions: 1 },
    ]);
    expect(assessment).toMatchObject({ proposed: false, why: "there was activity in 2026-09" });
  });

  it("adds up an agent's rows of one month (several offices after a transfer)", () => {
    const assessment = assessInactivity(RULE_2020, TODAY, LONG_AGO, [
      { month: "2026-10", newParticipants: 0, contributions: 2 },
      { month: "2026-10", newParticipants: 1, contributions: 0 },
    ]);
    expect(assessment.months[2]).toEqual({ month: "2026-10", newParticipants: 1, contributions: 2 });
  });

  it("does not propose an agent appointed (or kept) 2 months ago, nor one whose window starts on that day", () => {
    expect(assessInactivity(RULE_2020, TODAY, "2026-09-23", []).proposed).toBe(false);
    expect(assessInactivity(RULE_2020, TODAY, "2026-08-01", []).proposed).toBe(false);
    expect(assessInactivity(RULE_2020, TODAY, "2026-07-31", []).proposed).toBe(true);
  });

  it("applies a new dated rule from its start date", () => {
    const stricter: AgentRuleTerms = { validFrom: "2027-01-01", inactiveMonths: 2, rejoinAfterMonths: 12 };
    const rules = [stricter, RULE_2020];
    const activity = [{ month: "2026-10", newParticipants: 3, contributions: 5 }];
    const december = ruleInForce(rules, "2026-12-31");
    const january = ruleInForce(rules, "2027-01-05");
    expect(december).toBe(RULE_2020);
    expect(january).toBe(stricter);
    // Sept–Nov with activity in October: kept under the 2020 rule; Nov–Dec quiet: proposed under the new one.
    expect(assessInactivity(december, "2026-12-31", LONG_AGO, activity).proposed).toBe(false);
    expect(assessInactivity(january, "2027-01-05", LONG_AGO, activity).proposed).toBe(true);
    expect(ruleInForce(rules, "2019-01-01")).toBe(RULE_2020);
  });
});

describe("rejoining after a termination", () => {
  it("waits 6 calendar months: refused at 5 months 30 days, allowed at 6 months", () => {
    expect(rejoinDate("2026-01-01", RULE_2020)).toBe("2026-07-01");
    const refusal = rejoinRefusalOf("2026-01-01", RULE_2020, "2026-06-30");
    expect(refusal).toMatchObject({ field: "nik", code: "INVALID_TRANSITION" });
    expect(refusal?.message).toContain("from 2026-07-01");
    expect(rejoinRefusalOf("2026-01-01", RULE_2020, "2026-07-01")).toBeNull();
  });

  it("ends a wait on the last day of a shorter month", () => {
    expect(rejoinDate("2026-08-31", RULE_2020)).toBe("2027-02-28");
  });

  it("lets a person never terminated be appointed", () => {
    expect(rejoinRefusalOf(null, RULE_2020, "2026-01-01")).toBeNull();
  });
});
