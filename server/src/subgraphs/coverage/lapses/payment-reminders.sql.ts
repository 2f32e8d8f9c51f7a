import { GraphQLError } from "graphql";
import { monthNumber } from "../commissions/commission-rules";
import type { RowScope } from "../access/row-scope";
import { PaymentStateKind } from "./payment-state";

export interface ReminderQuery {
  scope: RowScope;
  agentId: number | null;
  officeId: number | null;
  state: PaymentStateKind | null;
  today: string;
  overdueThrough: string;
  lapseAfterMonths: number;
}

/**
 * The reminder list as one SQL condition over participant_payment ⋈ participant. Overdue is an index
 * range (oldest_unpaid_period ≤ the latest period past due); unpaid months is the same arithmetic as
 * unpaidMonthsOf in payment-state.ts. Returns the where clause and its bindings.
 */
export function reminderCondition(query: ReminderQuery): { sql: string; bindings: unknown[] } {
  const parts: string[] = [];
  const bindings: unknown[] = [];
  const currentMonth = query.today.slice(0, 7);
  const unpaid =
    `greatest(0, ${monthNumber(currentMonth)} - (substr(pp.registered_month, 1, 4)::int * 12 + ` +
    `substr(pp.registered_month, 6, 2)::int - 1) - (pp.paid_count - coalesce(pp.last_period = ?, false)::int))`;
  switch (query.scope.kind) {
    case "everything":
      break;
    case "offices":
      parts.push("p.office_id in (select value::int from jsonb_array_elements_text(?::jsonb))");
      bindings.push(JSON.stringify(query.scope.officeIds));
      break;
    case "agent":
      parts.push("p.agent_id = ?");
      bindings.push(query.scope.agentId);
      break;
    case "nothing":
      parts.push("false");
  }
  if (query.agentId !== null) {
    parts.push("p.agent_id = ?");
    bindings.push(query.agentId);
  }
  if (query.officeId !== null) {
    parts.push("p.office_id = ?");
    bindings.push(query.officeId);
  }
  if (query.state === PaymentStateKind.CURRENT) {
    parts.push("pp.oldest_unpaid_period > ?");
    bindings.push(query.overdueThrough);
  } else {
    parts.push("pp.oldest_unpaid_period <= ?");
    bindings.push(query.overdueThrough);
    if (query.state !== null) {
      parts.push(`${unpaid} ${query.state === PaymentStateKind.LAPSED ? ">=" : "<"} ?`);
      bindings.push(currentMonth, query.lapseAfterMonths);
    }
  }
  return { sql: parts.join(" and "), bindings };
}

/** Reminder cursors: the (oldest unpaid period, participant id) of the last row, opaque to clients. */
export function encodeCursor(period: string, id: number): string {
  return Buffer.from(JSON.stringify([period, id]), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): [string, number] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === "string" &&
      /^\d{4}-\d{2}$/.test(value[0]) &&
      Number.isInteger(value[1])
    ) {
      return [value[0], value[1]];
    }
  } catch {
    // falls through to the error below
  }
  throw new GraphQLError('"after" is not a cursor of this list', {
    extensions: { code: "BAD_USER_INPUT", argument: "after" },
  });
}
