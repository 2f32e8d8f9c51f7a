import { beforeAll, describe, expect, it } from "vitest";
import { jakartaToday } from "../../src/shared/calendar";
import { addMonthsTo, monthNumber } from "../../src/subgraphs/coverage/commissions/commission-rules";
import { dueDateOf, INITIAL_POLICIES } from "../../src/subgraphs/coverage/domain/contribution-rates";
import { composeNik } from "../../src/shared/validation/nik";
import { DEMO_ACCOUNTS, useStack } from "../support/stack";

const stack = useStack();

const TODAY = jakartaToday();
const CURRENT_MONTH = TODAY.slice(0, 7);
const monthsAgo = (months: number) => addMonthsTo(CURRENT_MONTH, -months);

const STATUS = "paymentStatus { state unpaidMonths oldestUnpaidPeriod dueOn lapseAfterMonths }";
const tokens: Record<string, string> = {};
let agentId = "";
/** The list is checked against the participants that existed when this file started; later tests add their own. */
let lastIdBefore = 0;

async function ok(query: string, variables: Record<string, unknown> = {}, token = tokens.agent) {
  const { data, errors } = await stack.query(query, variables, { token });
  expect(errors).toBeUndefined();
  return data!;
}

function localId(globalId: string): number {
  return Number(Buffer.from(globalId, "base64url").toString("utf8").split(":")[1]);
}

/** Every page of the agent's reminder list. */
async function allReminders(state?: string): Promise<any[]> {
  const nodes: any[] = [];
  let after: string | null = null;
  do {
    const data: any = await ok(
      `query ($after: String, $state: PaymentState) {
        paymentReminders(filter: { state: $state }, first: 100, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } nodes { id agent { id } ${STATUS} }
        }
      }`,
      { after, state },
    );
    nodes.push(...data.paymentReminders.nodes);
    after = data.paymentReminders.pageInfo.hasNextPage ? data.paymentReminders.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

/** A participant of the agent registered on the 5th of `month`, who paid `paidMonths` (paid today). */
async function participantPaying(registeredMonth: string, paidMonths: string[], serial: number): Promise<string> {
  const enrolled = await ok(
    `mutation ($input: EnrollParticipantInput!) {
      enrollParticipant(input: $input) { participant { id } userErrors { field message } }
    }`,
    {
      input: {
        nik: composeNik("21.71.06", `1988-03-${String((serial % 27) + 1).padStart(2, "0")}`, "FEMALE", serial),
        name: `Peserta Tunggakan ${serial}`,
        declaredIncome: 1_500_000,
        programs: ["JKK", "JKM"],
        kecamatanCode: "21.71.06",
        agentId,
        registeredOn: `${registeredMonth}-05`,
      },
    },
  );
  expect(enrolled.enrollParticipant.userErrors).toEqual([]);
  const id = enrolled.enrollParticipant.participant.id;
  for (const period of paidMonths) {
    const paid = await ok(
      `mutation ($input: RecordContributionInput!) {
        recordContribution(input: $input) { userErrors { field message } }
      }`,
      { input: { participantId: id, period, paidOn: TODAY, clientKey: `lapse-test-${serial}-${period}` } },
    );
    expect(paid.recordContribution.userErrors).toEqual([]);
  }
  return id;
}

beforeAll(async () => {
  tokens.agent = await stack.signIn(DEMO_ACCOUNTS.batamAgent);
  tokens.admin = await stack.signIn(DEMO_ACCOUNTS.batamAdmin);
  const data = await ok(`{ agents(filter: { search: "AP-2171-00001" }, first: 1) { nodes { id } } }`);
  agentId = data.agents.nodes[0].id;
  // The demo set is generated for the day it is seeded, and on some days this agent's participants are all
  // paid up: one of the file's own, with a month unpaid past its due date, keeps the list from being empty.
  await participantPaying(monthsAgo(3), [monthsAgo(3)], 9300);
  const [row] = await stack.running.subgraphs.coverage.orm.em
    .fork()
    .execute<{ id: number }[]>("select max(id) as id from coverage.participant");
  lastIdBefore = row.id;
});

describe("payment reminders", () => {
  it("lists the agent's own participants with a month unpaid past its due date, and only those", async () => {
    const reminders = await allReminders();
    expect(reminders.length).toBeGreaterThan(0);
    for (const reminder of reminders) {
      expect(reminder.agent.id).toBe(agentId);
      expect(["OVERDUE", "LAPSED"]).toContain(reminder.paymentStatus.state);
      expect(reminder.paymentStatus.dueOn < TODAY).toBe(true);
    }

    // Independently, from the contribution rows: the oldest month from registration with no payment.
    const rows = await stack.running.subgraphs.coverage.orm.em
      .fork()
      .execute<{ id: number; registered_on: string; periods: string[] | null }[]>(
        `select p.id, to_char(p.registered_on, 'YYYY-MM-DD') as registered_on,
         array_agg(c.period order by c.period) filter (where c.id is not null) as periods
       from coverage.participant p left join coverage.contribution c on c.participant_id = p.id
       where p.agent_id = ? and p.id <= ? group by p.id`,
        [localId(agentId), lastIdBefore],
      );
    const expected = rows.flatMap((row) => {
      const paid = new Set(row.periods ?? []);
      let oldest = row.registered_on.slice(0, 7);
      while (paid.has(oldest)) oldest = addMonthsTo(oldest, 1);
      const due = dueDateOf(INITIAL_POLICIES, oldest);
      const unpaid =
        monthNumber(CURRENT_MONTH) -
        monthNumber(row.registered_on.slice(0, 7)) -
        [...paid].filter((period) => period < CURRENT_MONTH).length;
      return oldest < CURRENT_MONTH && due !== null && due < TODAY
        ? [{ id: row.id, state: unpaid >= 3 ? "LAPSED" : "OVERDUE", unpaid }]
        : [];
    });
    const listed = reminders
      .filter((reminder) => localId(reminder.id) <= lastIdBefore)
      .map((reminder) => ({
        id: localId(reminder.id),
        state: reminder.paymentStatus.state,
        unpaid: reminder.paymentStatus.unpaidMonths,
      }));
    expect(listed.sort((a, b) => a.id - b.id)).toEqual(expected.sort((a, b) => a.id - b.id));

    const lapsed = await allReminders("LAPSED");
    expect(lapsed.map((reminder) => reminder.id).sort()).toEqual(
      reminders
        .filter((reminder) => reminder.paymentStatus.state === "LAPSED")
        .map((reminder) => reminder.id)
        .sort(),
    );
  });

  it("flags a participant at the thresholds: lapsed at 3 unpaid months, overdue at 2, current when paid", async () => {
    const lapsed = await participantPaying(monthsAgo(4), [monthsAgo(4)], 9301);
    const overdue = await participantPaying(monthsAgo(3), [monthsAgo(3)], 9302);
    const lastMonthOwed = await participantPaying(monthsAgo(2), [monthsAgo(2)], 9303);
    const current = await participantPaying(monthsAgo(2), [monthsAgo(2), monthsAgo(1)], 9304);
    const status = async (id: string) =>
      (await ok(`query ($id: ID!) { participant(id: $id) { ${STATUS} } }`, { id })).participant.paymentStatus;

    expect(await status(lapsed)).toEqual({
      state: "LAPSED",
      unpaidMonths: 3,
      oldestUnpaidPeriod: monthsAgo(3),
      dueOn: `${monthsAgo(2)}-15`,
      lapseAfterMonths: 3,
    });
    expect(await status(overdue)).toMatchObject({
      state: "OVERDUE",
      unpaidMonths: 2,
      oldestUnpaidPeriod: monthsAgo(2),
    });
    // Last month falls due on the 15th of this month: overdue from the 16th on.
    expect(await status(lastMonthOwed)).toMatchObject({
      state: Number(TODAY.slice(8, 10)) > 15 ? "OVERDUE" : "CURRENT",
      unpaidMonths: 1,
      dueOn: `${CURRENT_MONTH}-15`,
    });
    expect(await status(current)).toMatchObject({ state: "CURRENT", unpaidMonths: 0, oldestUnpaidPeriod: null });

    const listed = new Map((await allReminders()).map((reminder) => [reminder.id, reminder.paymentStatus.state]));
    expect(listed.get(lapsed)).toBe("LAPSED");
    expect(listed.get(overdue)).toBe("OVERDUE");
    expect(listed.has(current)).toBe(false);

    // Paying the oldest month moves the lapsed participant back to overdue (2 unpaid months).
    const paid = await ok(
      `mutation ($input: RecordContributionInput!) { recordContribution(input: $input) { userErrors { message } } }`,
      { input: { participantId: lapsed, period: monthsAgo(3), paidOn: TODAY, clientKey: "lapse-test-9301-catch-up" } },
    );
    expect(paid.recordContribution.userErrors).toEqual([]);
    expect(await status(lapsed)).toMatchObject({ state: "OVERDUE", unpaidMonths: 2 });
  });

  it("lets the office admin filter the office's list by agent, and keeps other agents' lists from an agent", async () => {
    const data = await ok(
      `query ($agent: ID!) { paymentReminders(filter: { agentId: $agent }, first: 5) { totalCount nodes { agent { id } } } }`,
      { agent: agentId },
      tokens.admin,
    );
    expect(data.paymentReminders.totalCount).toBe((await allReminders()).length);
    for (const node of data.paymentReminders.nodes) expect(node.agent.id).toBe(agentId);

    const colleague = await ok(`{ paymentReminders(first: 1) { nodes { agent { id } } } }`, {}, tokens.admin);
    const otherAgent = colleague.paymentReminders.nodes[0].agent.id;
    const fromAgent = await ok(`query ($agent: ID!) { paymentReminders(filter: { agentId: $agent }) { totalCount } }`, {
      agent: otherAgent === agentId ? "QWdlbnQ6OTk5OTk5" : otherAgent,
    });
    expect(fromAgent.paymentReminders.totalCount).toBe(0);
  });
});
