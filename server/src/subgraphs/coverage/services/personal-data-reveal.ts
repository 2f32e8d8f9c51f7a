import type { Viewer } from "../../../shared/auth/viewer";
import type { Em } from "../../../shared/db/orm";
import { checkRevealReason } from "../../../shared/validation/reveal-reason";
import { localIdOf } from "../../../shared/graphql/global-id";
import { Problems } from "../../../shared/graphql/mutation";
import { UserErrorCode } from "../../../shared/graphql/user-error";
import { mayReveal } from "../access/permissions";
import { Participant } from "../entities/participant.entity";
import type { RevealParticipantInput } from "../inputs/reveal-participant.input";
import { audit, participantPlace } from "./audit-trail";
import { forbid, refuse } from "./refusal";

const REVEALED_FIELDS = ["nik", "phone", "birthDate"];

export interface PersonalData {
  nik: string;
  phone: string | null;
  birthDate: string;
}

/**
 * One person's personal data in clear, for a stated reason. The entry in the audit trail (who, whom, why;
 * never the data itself) is written in the same transaction, so no data leaves without its entry.
 */
export async function revealPersonalData(em: Em, viewer: Viewer, input: RevealParticipantInput): Promise<PersonalData> {
  const problems = new Problems();
  const id = localIdOf(input.participantId, "Participant");
  if (id === null) problems.add("participantId", "This is not a Participant ID", UserErrorCode.INVALID);
  const reason = checkRevealReason(problems, input.reason);
  problems.throwIfAny();

  const participant = await em.findOne(Participant, id!);
  if (!participant) refuse("participantId", "No participant has this ID", UserErrorCode.NOT_FOUND);
  if (!mayReveal(viewer, participant)) forbid("participantId", "This participant is outside your part of the network");
  await audit(em, viewer, {
    action: "revealPersonalData",
    objectType: "Participant",
    objectId: participant.globalId,
    after: { revealed: REVEALED_FIELDS, reason },
    scope: participantPlace(participant),
  });
  return { nik: participant.nik, phone: participant.phone, birthDate: participant.birthDate };
}
