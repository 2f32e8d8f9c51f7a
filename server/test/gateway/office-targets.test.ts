import { beforeAll, describe, expect, it } from "vitest";
import { addMonths, jakartaToday } from "../../src/shared/calendar";
import { toGlobalId } from "../../src/shared/graphql/global-id";
import { composeNik } from "../../src/shared/validation/nik";
import { DEMO_ACCOUNTS, useStack } from "../support/stack";

const stack = useStack();

const USER_ERRORS = "userErrors { field message code }";
const KEPRI_OFFICE = toGlobalId("PerisaiOffice", 15);
const BATAM_NAGOYA = toGlobalId("BpjsOffice", 3);
const TODAY = jakartaToday();
const CURRENT_MONTH = TODAY.slice(0, 7);
const month = (by: number) => addMonths(`${CURRENT_MONTH}-01`, by).slice(0, 7);
// Two new offices in Tanjung Pinang under Kepulauan Riau and the Batam Nagoya branch, established five
// months ago, each with a candidate agent and no enrolment since: five complete months under the minimum.
const ESTABLISHED_ON = `${month(-5)}-01`;
const OFFICES = [
  { name: "Kantor Perisai OK OCE Progresif Tanjung Pinang Barat", district: "21.72.01", serial: 9821 },
  { name: "Kantor Perisai OK OCE Progresif Tanjung Pinang Timur", district: "21.72.02", serial: 9822 },
];

const REVIEW_LIST = `query ($first: Int) {
  officeReviewList(first: $first) {
    totalCount
    nodes {
      monthsUnderMinimum
      office { id name targets { validFrom } }
      months { month monthlyTarget minimum targetFrom enrolments met underMinimum complete }
      rule { minimumPercent reviewMonths }
    }
  }
}`;

const officeIds: string[] = [];

async function mutate(mutation: string, input: Record<string, unknown>, token?: string) {
  const { data, errors } = await stack.query(mutation, { input }, token ? { token } : {});
  expect(errors).toBeUndefined();
  return Object.values(data!)[0] as Record<string, any>;
}

async function reviewList(token?: string) {
  const { data, errors } = await stack.query(REVIEW_LIST, { first: 100 }, token ? { token } : {});
  expect(errors).toBeUndefined();
  return data!.officeReviewList as { totalCount: number; nodes: any[] };
}

async function progress(officeId: string, from: string, to: string) {
  const { data, errors } = await stack.query(
    `query ($officeId: ID!, $from: Month!, $to: Month!) {
      officeTargetProgress(officeId: $officeId, from: $from, to: $to) {
        office { monthlyTarget targets { validFrom monthlyTarget minimum note } }
        months { month monthlyTarget minimum targetFrom enrolments met underMinimum complete }
      }
    }`,
    { officeId, from, to },
  );
  expect(errors).toBeUndefined();
  return data!.officeTargetProgress;
}

beforeAll(async () => {
  for (const plan of OFFICES) {
    const created = await mutate(
      `mutation ($input: CreatePerisaiOfficeInput!) { createPerisaiOffice(input: $input) { perisaiOffice { id } ${USER_ERRORS} } }`,
      {
        name: plan.name,
        parentId: KEPRI_OFFICE,
        regionCode: "21.72",
        supervisingBranchId: BATAM_NAGOYA,
        status: "ACTIVE",
        monthlyTarget: 12,
        establishedOn: ESTABLISHED_ON,
      },
    );
    expect(created.userErrors).toEqual([]);
    officeIds.push(created.perisaiOffice.id);
    const appointed = await mutate(
      `mutation ($input: AppointAgentInput!) { appointAgent(input: $input) { agent { id } ${USER_ERRORS} } }`,
      {
        officeId: created.perisaiOffice.id,
        name: "Raja Ali Haji",
        nik: composeNik(plan.district, "1984-05-17", "MALE", plan.serial),
        phone: `0812-7700-${plan.serial}`,
        territory: [plan.district],
        appointedOn: ESTABLISHED_ON,
      },
    );
    expect(appointed.userErrors).toEqual([]);
  }
});

describe("office targets", () => {
  it("gives a new office its target from the month it was established, and shows each month against it", async () => {
    const report = await progress(officeIds[0], month(-6), CURRENT_MONTH);
    expect(report.office.targets).toEqual([
      expect.objectContaining({ validFrom: month(-5), monthlyTarget: 12, minimum: 6 }),
    ]);
    expect(report.months).toHaveLength(7);
    expect(report.months[0]).toMatchObject({ month: month(-6), monthlyTarget: null, met: null, complete: true });
    expect(report.months[1]).toEqual({
      month: month(-5),
      monthlyTarget: 12,
      minimum: 6,
      targetFrom: month(-5),
      enrolments: 0,
      met: false,
      underMinimum: true,
      complete: true,
    });
    expect(report.months[6]).toMatchObject({ month: CURRENT_MONTH, complete: false });
  });

  it("shows the pioneer's enrolments against its target", async () => {
    const report = await progress(toGlobalId("PerisaiOffice", 2), month(-3), month(-1));
    expect(report.months.map((entry: any) => entry.monthlyTarget)).toEqual([150, 150, 150]);
    for (const entry of report.months) {
      expect(entry.met).toBe(entry.enrolments >= 150);
      expect(entry.underMinimum).toBe(entry.enrolments < 75);
    }
  });

  it("puts offices with 3 or more complete months under the minimum on the national review list, with those months", async () => {
    const list = await reviewList();
    const ours = list.nodes.filter((node) => officeIds.includes(node.office.id));
    expect(ours).toHaveLength(2);
    expect(ours[0].monthsUnderMinimum).toBe(5);
    expect(ours[0].months.map((entry: any) => entry.month)).toEqual([-5, -4, -3, -2, -1].map(month));
    expect(
      ours[0].months.every((entry: any) => entry.monthlyTarget === 12 && entry.minimum === 6 && entry.enrolments === 0),
    ).toBe(true);
    expect(ours[0].rule).toEqual({ minimumPercent: 50, reviewMonths: 3 });
    for (const node of list.nodes) {
      expect(node.monthsUnderMinimum).toBeGreaterThanOrEqual(3);
      expect(node.months.every((entry: any) => entry.complete && entry.enrolments < entry.minimum)).toBe(true);
    }
  });

  it("shows the supervising branch its offices on the list, and not to an office admin of another subtree", async () => {
    const branch = await reviewList(await stack.signIn(DEMO_ACCOUNTS.branchOfficer));
    expect(branch.nodes.filter((node) => officeIds.includes(node.office.id))).toHaveLength(2);
    const batam = await reviewList(await stack.signIn(DEMO_ACCOUNTS.batamAdmin));
    expect(batam.nodes.filter((node) => officeIds.includes(node.office.id))).toHaveLength(0);
    const agent = await stack.query(
      REVIEW_LIST,
      { first: 10 },
      { token: await stack.signIn(DEMO_ACCOUNTS.batamAgent) },
    );
    expect(agent.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("costs the same number of SQL statements for 1 office on the list as for 100", async () => {
    await stack.countStatements(REVIEW_LIST, { first: 1 });
    const one = await stack.countStatements(REVIEW_LIST, { first: 1 });
    const all = await stack.countStatements(REVIEW_LIST, { first: 100 });
    expect(all.response.errors).toBeUndefined();
    expect(all.response.data!.officeReviewList.nodes.length).toBeGreaterThan(1);
    expect(all.statements).toBe(one.statements);
  });

  it("lets a national coordinator set a dated target from this month on, keeps the history and audits it", async () => {
    const SET = `mutation ($input: SetOfficeTargetInput!) {
      setOfficeTarget(input: $input) {
        officeTarget { validFrom monthlyTarget minimum } perisaiOffice { monthlyTarget } ${USER_ERRORS}
      }
    }`;
    const past = await mutate(SET, { officeId: officeIds[0], validFrom: month(-1), monthlyTarget: 20 });
    expect(past.userErrors).toContainEqual(
      expect.objectContaining({ field: ["input", "validFrom"], code: "OUT_OF_RANGE" }),
    );
    const tooHigh = await mutate(SET, {
      officeId: officeIds[0],
      validFrom: CURRENT_MONTH,
      monthlyTarget: 20,
      minimum: 21,
    });
    expect(tooHigh.userErrors).toContainEqual(
      expect.objectContaining({ field: ["input", "minimum"], code: "OUT_OF_RANGE" }),
    );
    const branch = await stack.query(
      SET,
      { input: { officeId: officeIds[0], validFrom: CURRENT_MONTH, monthlyTarget: 20 } },
      { token: await stack.signIn(DEMO_ACCOUNTS.branchOfficer) },
    );
    expect(branch.errors?.[0].extensions?.code).toBe("FORBIDDEN");

    const set = await mutate(SET, { officeId: officeIds[0], validFrom: CURRENT_MONTH, monthlyTarget: 20 });
    expect(set).toMatchObject({
      userErrors: [],
      officeTarget: { validFrom: CURRENT_MONTH, monthlyTarget: 20, minimum: 10 },
      perisaiOffice: { monthlyTarget: 20 },
    });
    const report = await progress(officeIds[0], month(-1), CURRENT_MONTH);
    expect(
      report.office.targets.map((target: any) => [target.validFrom, target.monthlyTarget, target.minimum]),
    ).toEqual([
      [month(-5), 12, 6],
      [CURRENT_MONTH, 20, 10],
    ]);
    expect(report.months.map((entry: any) => entry.monthlyTarget)).toEqual([12, 20]);

    const { data } = await stack.query(
      `query ($id: ID!) { auditLog(filter: { objectId: $id, action: "setOfficeTarget" }) { nodes { action before after } } }`,
      { id: officeIds[0] },
    );
    expect(data!.auditLog.nodes).toEqual([
      expect.objectContaining({
        before: { validFrom: month(-5), monthlyTarget: 12, minimum: 6 },
        after: { validFrom: CURRENT_MONTH, monthlyTarget: 20, minimum: 10 },
      }),
    ]);
  });

  it("turns an edit of an office's standing monthly target into a dated target from this month", async () => {
    const { data } = await stack.query(`query ($id: ID!) { perisaiOffice(id: $id) { version } }`, { id: officeIds[1] });
    const updated = await mutate(
      `mutation ($input: UpdatePerisaiOfficeInput!) { updatePerisaiOffice(input: $input) { perisaiOffice { monthlyTarget } ${USER_ERRORS} } }`,
      { id: officeIds[1], expectedVersion: data!.perisaiOffice.version, monthlyTarget: 9 },
    );
    expect(updated.userErrors).toEqual([]);
    const report = await progress(officeIds[1], month(-1), CURRENT_MONTH);
    expect(
      report.office.targets.map((target: any) => [target.validFrom, target.monthlyTarget, target.minimum]),
    ).toEqual([
      [month(-5), 12, 6],
      [CURRENT_MONTH, 9, 5],
    ]);
  });

  it("publishes the dated office target rules", async () => {
    const { data } = await stack.query(`{ officeTargetRules { validFrom minimumPercent reviewMonths basis } }`);
    expect(data!.officeTargetRules[0]).toMatchObject({ validFrom: "2020-07-09", minimumPercent: 50, reviewMonths: 3 });
  });
});
