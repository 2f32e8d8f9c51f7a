import type { Viewer } from "../../../shared/auth/viewer";
import { Role } from "../../../shared/auth/role";
import type { Em } from "../../../shared/db/orm";
import { localIdOf, toGlobalId } from "../../../shared/graphql/global-id";
import { UserErrorCode } from "../../../shared/graphql/user-error";
import { audit } from "../services/audit-trail";
import { forbid, refuse } from "../services/refusal";
import { INSERT_CLOSES, INSERT_STATEMENTS } from "./commission-close.sql";
import { addMonthsTo, hasEnded, latePaymentsFrom, officesStillOpen, schemeFor } from "./commission-rules";
import { CommissionScheme } from "./commission-scheme.entity";
import { OfficeTree } from "./office-tree";

/** The margin of the SQL's late-payment condition (one day), for the index range it starts from. */
const LATE_PAYMENT_MARGIN_MS = 24 * 60 * 60 * 1000;

export interface Close {
  month: string;
  /** The office asked for, or null for every office. */
  rootOfficeId: number | null;
  /** Every office the close covers (the subtree asked for, within the caller's offices). */
  officeIds: number[];
  /** The offices this call closed; empty when they all had closed the month already. */
  newlyClosed: number[];
}

/**
 * The monthly close: for every office of the subtree that has not closed the month yet, writes each
 * agent's frozen statement and ties it to the contributions and new participants it counted, in a few
 * set-based statements whatever the number of agents. Closing again closes nothing and changes nothing.
 * Closes are serialised, and payments and enrolments wait while one runs (share locks), so a payment is
 * either counted by this close or recorded after it, and then counted by a later one.
 */
export async function closeCommissionMonth(
  em: Em,
  input: { month: string; officeId?: string | null },
  today: string,
  viewer: Viewer,
): Promise<Close> {
  const { month } = input;
  if (!hasEnded(month, today)) {
    refuse(
      "month",
      `${month} has not ended yet (today is ${today} in Asia/Jakarta); a month is closed once it is over`,
      UserErrorCode.OUT_OF_RANGE,
    );
  }
  const scheme = schemeFor(await em.find(CommissionScheme, {}, { orderBy: { validFrom: "asc" } }), month);
  if (!scheme) refuse("month", `No commission scheme is in force for ${month}`, UserErrorCode.OUT_OF_RANGE);
  const { rootOfficeId, officeIds } = await officesToClose(em, input.officeId ?? null, viewer);

  await em.execute("lock table coverage.commission_close in exclusive mode");
  const closes = await em.execute<{ office_id: number; month: string; closed_at: string }[]>(
    `select office_id, month, to_json(closed_at) #>> '{}' as closed_at from coverage.commission_close
     where office_id in (select value::int from jsonb_array_elements_text(?::jsonb)) and month <= ?`,
    [JSON.stringify(officeIds), month],
  );
  const closedMonths = new Map<number, Map<string, string>>(officeIds.map((id) => [id, new Map()]));
  for (const close of closes) closedMonths.get(close.office_id)!.set(close.month, close.closed_at);
  const newlyClosed = officesStillOpen(officeIds, new Set(officeIds.filter((id) => closedMonths.get(id)!.has(month))));
  if (newlyClosed.length === 0) return { month, rootOfficeId, officeIds, newlyClosed };
  // Only a close that has something to close holds up payments and enrolments: a repeat returns above
  // without waiting for them or making them wait (closes are already serialised by the lock above).
  await em.execute("lock table coverage.contribution, coverage.participant in share mode");

  const windows = newlyClosed.map((officeId) => {
    const closed = closedMonths.get(officeId)!;
    return {
      office_id: officeId,
      late_from: `${latePaymentsFrom(month, new Set(closed.keys()))}-01`,
      previous_closed_at: closed.get(addMonthsTo(month, -1)) ?? null,
    };
  });
  const monthStart = `${month}-01`;
  const nextMonthStart = `${addMonthsTo(month, 1)}-01`;
  await em.execute(INSERT_CLOSES, [month, viewer.userId, JSON.stringify(newlyClosed.map((id) => ({ office_id: id })))]);
  const previousCloses = windows.flatMap((window) => window.previous_closed_at ?? []).sort();
  const lateHorizon = previousCloses.length
    ? new Date(Date.parse(previousCloses[0]) - LATE_PAYMENT_MARGIN_MS).toISOString()
    : null;
  await em.execute(INSERT_STATEMENTS, [
    JSON.stringify(windows),
    monthStart,
    nextMonthStart,
    lateHorizon,
    scheme.id,
    month,
  ]);
  await audit(em, viewer, {
    action: "closeCommissionMonth",
    objectType: "CommissionMonth",
    objectId: toGlobalId("CommissionMonth", month),
    after: { month, officeIds: newlyClosed, schemeId: scheme.id },
    scope: { officeId: rootOfficeId },
  });
  return { month, rootOfficeId, officeIds, newlyClosed };
}

/**
 * National coordinators close any subtree (every office by default); an office admin only inside their
 * own offices (all of them by default).
 */
async function officesToClose(
  em: Em,
  officeGlobalId: string | null,
  viewer: Viewer,
): Promise<{ rootOfficeId: number | null; officeIds: number[] }> {
  const tree = new OfficeTree(em);
  const mine = viewer.officeIds;
  if (officeGlobalId === null) {
    if (viewer.is(Role.NATIONAL_COORDINATOR)) return { rootOfficeId: null, officeIds: await tree.all() };
    if (!mine?.length) forbid("officeId", "Your account has no Kantor Perisai to close");
    return { rootOfficeId: null, officeIds: [...mine].sort((a, b) => a - b) };
  }
  const officeId = localIdOf(officeGlobalId, "PerisaiOffice");
  if (officeId === null) refuse("officeId", "This is not a PerisaiOffice ID", UserErrorCode.INVALID);
  if (!(await tree.exists(officeId))) refuse("officeId", "No Kantor Perisai has this ID", UserErrorCode.NOT_FOUND);
  if (!viewer.seesOffice(officeId)) forbid("officeId", "This Kantor Perisai is outside your part of the network");
  const subtree = await tree.subtree(officeId);
  return { rootOfficeId: officeId, officeIds: mine === null ? subtree : subtree.filter((id) => mine.includes(id)) };
}
