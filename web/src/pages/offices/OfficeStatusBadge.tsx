import { useT, type MessageKey } from "../../i18n/i18n";

export function useOfficeStatusLabel() {
  const t = useT();
  return (status: string) => t(`offices.status.${status}` as MessageKey) ?? status;
}

export function OfficeStatusBadge({ status }: { status: string }) {
  const label = useOfficeStatusLabel();
  return <span className={`badge office-status-${status.toLowerCase()}`}>{label(status)}</span>;
}
