import { ref } from "@mikro-orm/core";
import { recordAudit } from "../../../shared/audit/audit";
import type { Viewer } from "../../../shared/auth/viewer";
import { firstDayOf, jakartaToday, monthOf } from "../../../shared/calendar";
import type { Em } from "../../../shared/db/orm";
import { Problems } from "../../../shared/graphql/mutation";
import { UserErrorCode } from "../../../shared/graphql/user-error";
import { requireTarget } from "../commands/lookups";
import { PerisaiOfficeStatus } from "../entities/perisai-office-status";
import { PerisaiOffice } from "../entities/perisai-office.entity";
import { OfficeTarget } from "./office-target.entity";
import type { SetOfficeTargetInput } from "./office-target.types";
import { officeTargetRuleOn } from "./office-targets";
import { minimumFor } from "./target-rules";

export interface SetOfficeTargetResult {
  officeTarget: OfficeTarget;
  perisaiOffice: PerisaiOffice;
}

const MAX_MONTHLY_TARGET = 1_000_000;

/**
 * Adds (or, for the same office and month, replaces) a dated target. Past months keep the target they had.
 * A target in force from the current month also becomes the office's standing monthlyTarget.
 */
export async function setOfficeTarget(
  em: Em,
  viewer: Viewer,
  input: SetOfficeTargetInput,
): Promise<SetOfficeTargetResult> {
  const office = await requireTarget(em, "officeId", PerisaiOffice, input.officeId);
  const today = jakartaToday();
  const currentMonth = monthOf(today);
  const problems = new Problems();
  if (office.status === PerisaiOfficeStatus.CLOSED)
    problems.add("officeId", `${office.name} is CLOSED; it has no target`, UserErrorCode.INVALID_TRANSITION);
  if (input.validFrom < currentMonth)
    problems.add(
      "validFrom",
      `A target applies from the current month (${currentMonth}) on; past months keep the target they had`,
      UserErrorCode.OUT_OF_RANGE,
    );
  if (!Number.isInteger(input.monthlyTarget) || input.monthlyTarget < 0 || input.monthlyTarget > MAX_MONTHLY_TARGET)
    problems.add(
      "monthlyTarget",
      `The target is a whole number from 0 to ${MAX_MONTHLY_TARGET}`,
      UserErrorCode.OUT_OF_RANGE,
    );
  const rule = await officeTargetRuleOn(em, firstDayOf(input.validFrom));
  const minimum = input.minimum ?? minimumFor(input.monthlyTarget, rule.minimumPercent);
  if (minimum < 0 || minimum > input.monthlyTarget)
    problems.add("minimum", "The minimum is from 0 to the monthly target", UserErrorCode.OUT_OF_RANGE);
  problems.throwIfAny();

  const inForce = await em.findOne(
    OfficeTarget,
    { office: office.id, validFrom: { $lte: input.validFrom } },
    { orderBy: { validFrom: "desc" } },
  );
  const before = inForce
    ? { validFrom: inForce.validFrom, monthlyTarget: inForce.monthlyTarget, minimum: inForce.minimum }
    : null;
  const note = `setOfficeTarget: ${viewer.role}`;
  const row =
    inForce && inForce.validFrom === input.validFrom
      ? Object.assign(inForce, { monthlyTarget: input.monthlyTarget, minimum, setByUserId: viewer.userId, note })
      : em.create(OfficeTarget, {
          office: ref(office),
          validFrom: input.validFrom,
          monthlyTarget: input.monthlyTarget,
          minimum,
          setByUserId: viewer.userId,
          note,
        });
  // The dated row first: the office's own trigger then finds it in force and adds nothing of its own.
  await em.flush();
  if (input.validFrom === currentMonth && office.monthlyTarget !== input.monthlyTarget) {
    office.monthlyTarget = input.monthlyTarget;
    await em.flush();
  }
  await recordAudit(em, "perisai", viewer, {
    action: "setOfficeTarget",
    objectType: "PerisaiOffice",
    objectId: office.globalId,
    before,
    after: { validFrom: row.validFrom, monthlyTarget: row.monthlyTarget, minimum: row.minimum },
    scope: { officeId: office.id, regionCode: office.regionCode },
  });
  return { officeTarget: row, perisaiOffice: office };
}
