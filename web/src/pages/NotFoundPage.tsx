import { Link } from "react-router";
import { EmptyState } from "../components/Status";
import { useT } from "../i18n/i18n";

export function NotFoundPage() {
  const t = useT();
  return (
    <>
      <EmptyState message={t("state.notFound")} />
      <Link to="/">{t("state.backHome")}</Link>
    </>
  );
}
