import { LockMode } from "@mikro-orm/core";
import { auditSnapshot } from "../../../shared/audit/audit";
import type { Viewer } from "../../../shared/auth/viewer";
import type { Em } from "../../../shared/db/orm";
import { localIdOf } from "../../../shared/graphql/global-id";
import { Problems } from "../../../shared/graphql/mutation";
import { UserErrorCode } from "../../../shared/graphql/user-error";
import { firstDayOf, monthOf } from "../../../shared/calendar";
import { mayRecordFor } from "../access/permissions";
import type { ContributionAmounts } from "../domain/contribution-rates";
import { formatRupiah } from "../domain/rupiah";
import { Contribution } from "../entities/contribution.entity";
import { Participant } from "../entities/participant.entity";
import type { RecordContributionInput } from "../inputs/record-contribution.input";
import type { RateBook } from "../repositories/rate-book";
import { nextContributionId } from "../repositories/row-numbers";
import { audit, CONTRIBUTION_AUDIT_FIELDS, participantPlace } from "./audit-trail";
import { forbid, refuse } from "./refusal";

const MAX_CLIENT_KEY_LENGTH = 100;

export interface Recording {
  contribution: Contribution;
  duplicate: boolean;
}

/**
 * Records one month's payment, idempotently: the caller's clientKey identifies the payment, so a retry
 * after a lost response returns the payment recorded the first time, never counts it twice and writes no
 * second audit entry. Only the participant's agent or an admin of its office records its payments.
 */
export async function recordPayment(
  em: Em,
  book: RateBook,
  input: RecordContributionInput,
  today: string,
  viewer: Viewer,
): Promise<Recording> {
  const { participantId, clientKey, paidOn } = checkForm(input, today);
  // Locking the participant serialises its payments: a retry racing its original waits, then finds it by key.
  const participant = await em.findOne(Participant, participantId, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!participant) refuse("participantId", "No participant has this ID", UserErrorCode.NOT_FOUND);
  if (!mayRecordFor(viewer, participant))
    forbid("participantId", "This participant is outside your part of the network");
  // One lookup answers both questions: was this key used, and is this month already paid.
  const recorded = await em.find(Contribution, {
    $or: [{ clientKey }, { participant: participant.id, period: input.period }],
  });
  const samePayment = recorded.find((contribution) => contribution.clientKey === clientKey);
  if (samePayment) {
    if (samePayment.participant.id === participant.id && samePayment.period === input.period)
      return { contribution: samePayment, duplicate: true };
    refuse(
      "clientKey",
      "This clientKey was already used for another payment; send a new key for a new payment",
      UserErrorCode.TAKEN,
    );
  }

  const problems = new Problems();
  const registeredMonth = monthOf(participant.registeredOn);
  if (input.period < registeredMonth) {
    problems.add(
      "period",
      `Period ${input.period} is before the participant's registration month (${registeredMonth})`,
      UserErrorCode.OUT_OF_RANGE,
    );
  }
  if (paidOn < participant.registeredOn) {
    problems.add(
      "paidOn",
      `Payment date ${paidOn} is before the participant's registration (${participant.registeredOn})`,
      UserErrorCode.OUT_OF_RANGE,
    );
  }
  if (recorded.length > 0) {
    problems.add("period", `Period ${input.period} is already paid for this participant`, UserErrorCode.TAKEN);
  }
  const amounts = book.compute(participant.declaredIncome, participant.programs, firstDayOf(input.period));
  if (input.amount !== null && input.amount !== undefined && input.amount !== amounts.total) {
    problems.add(
      "amount",
      `Amount must be ${formatRupiah(amounts.total)} for ${input.period} (${breakdown(amounts)}), not ${formatRupiah(input.amount)}`,
      UserErrorCode.INVALID,
    );
  }
  problems.throwIfAny();

  // The row goes in last, after its audit entry. Inserting it runs the rollup triggers, which lock the
  // agent's, the office's and the month's rollup rows until commit; with only the commit after them, the
  // payments queued on those rows wait for one commit each, not for a further round trip as well.
  const contribution = em.create(Contribution, {
    id: await nextContributionId(em),
    participant,
    agentId: participant.agentId,
    officeId: participant.officeId,
    period: input.period,
    jkk: amounts.jkk,
    jkm: amounts.jkm,
    jht: amounts.jht,
    // Computed by the database on insert; the audit entry, written before, needs it now.
    total: amounts.total,
    paidOn,
    clientKey,
  });
  await audit(em, viewer, {
    action: "recordContribution",
    objectType: "Contribution",
    objectId: contribution.globalId,
    after: auditSnapshot(contribution, CONTRIBUTION_AUDIT_FIELDS),
    scope: participantPlace(participant),
  });
  await em.flush();
  return { contribution, duplicate: false };
}

function checkForm(input: RecordContributionInput, today: string) {
  const problems = new Problems();
  const participantId = localIdOf(input.participantId, "Participant");
  if (participantId === null) problems.add("participantId", "This is not a Participant ID", UserErrorCode.INVALID);
  const clientKey = input.clientKey.trim();
  if (!clientKey) problems.add("clientKey", "clientKey is required", UserErrorCode.REQUIRED);
  else if (clientKey.length > MAX_CLIENT_KEY_LENGTH) {
    problems.add(
      "clientKey",
      `clientKey must be at most ${MAX_CLIENT_KEY_LENGTH} characters`,
      UserErrorCode.OUT_OF_RANGE,
    );
  }
  const paidOn = input.paidOn ?? today;
  if (paidOn > today) {
    problems.add(
      "paidOn",
      `Payment date ${paidOn} is in the future (today is ${today} in Asia/Jakarta)`,
      UserErrorCode.OUT_OF_RANGE,
    );
  }
  if (input.period > monthOf(today)) {
    problems.add(
      "period",
      `Period ${input.period} is after the current month (${monthOf(today)}); contributions are recorded once due`,
      UserErrorCode.OUT_OF_RANGE,
    );
  }
  problems.throwIfAny();
  return { participantId: participantId!, clientKey, paidOn };
}

function breakdown(amounts: ContributionAmounts): string {
  const parts = [`JKK ${formatRupiah(amounts.jkk)}`, `JKM ${formatRupiah(amounts.jkm)}`];
  if (amounts.jht) parts.push(`JHT ${formatRupiah(amounts.jht)}`);
  return parts.join(" + ");
}
