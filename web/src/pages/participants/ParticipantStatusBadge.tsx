import { useT } from "../../i18n/i18n";

export const PARTICIPANT_STATUSES = ["ACTIVE", "LAPSED"] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

export function ParticipantStatusBadge({ status }: { status: string }) {
  const t = useT();
  const known = PARTICIPANT_STATUSES.includes(status as ParticipantStatus);
  return (
    <span className={`badge badge-participant-${status.toLowerCase()}`}>
      {known ? t(`participants.status.${status as ParticipantStatus}`) : status}
    </span>
  );
}
