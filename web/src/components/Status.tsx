import type { CombinedError } from "urql";
import { useT } from "../i18n/i18n";

export function LoadingState() {
  const t = useT();
  return (
    <p className="state" role="status" aria-live="polite">
      {t("state.loading")}
    </p>
  );
}

export function ErrorState({ error, onRetry }: { error?: CombinedError; onRetry?: () => void }) {
  const t = useT();
  // GraphQL messages are written for users (codes and clear text); network errors are not.
  const detail = error?.graphQLErrors[0]?.message;
  return (
    <div className="state state-error" role="alert">
      <p>{t("state.error")}</p>
      {detail && <p className="state-detail">{detail}</p>}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t("state.retry")}
        </button>
      )}
    </div>
  );
}

export function EmptyState({ message }: { message?: string }) {
  const t = useT();
  return <p className="state">{message ?? t("state.empty")}</p>;
}
