import { NavLink } from "react-router";
import { useSession } from "../../auth/session";
import { useT } from "../../i18n/i18n";
import "../agents/agents.css";
import "./followups.css";

/**
 * The page title and the three follow-up lists as links (NavLink marks the open one with aria-current="page"). An
 * agent has only their reminder list: the proposals and the review list are for offices and coordinators.
 */
export function FollowUpTabs() {
  const t = useT();
  const role = useSession()?.user.role;
  return (
    <>
      <h1>{t("followups.title")}</h1>
      {role !== "AGENT" && (
        <nav className="followup-tabs" aria-label={t("followups.tabs")}>
          <NavLink to="/tindak-lanjut/pengingat">{t("followups.tabs.reminders")}</NavLink>
          <NavLink to="/tindak-lanjut/pemberhentian">{t("followups.tabs.terminations")}</NavLink>
          <NavLink to="/tindak-lanjut/tinjauan-kantor">{t("followups.tabs.officeReview")}</NavLink>
        </nav>
      )}
    </>
  );
}
