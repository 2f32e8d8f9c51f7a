import { NavLink } from "react-router";
import { useAbilities } from "../../auth/permissions";
import { useT } from "../../i18n/i18n";

/** Links between the gap ranking and the prospect list, for the roles that may see each. */
export function TargetingTabs() {
  const t = useT();
  const may = useAbilities();
  const both = may("viewCoverageGaps") && may("viewProspects");
  if (!both) return null;
  return (
    <nav className="targeting-tabs" aria-label={t("targeting.tabs")}>
      <NavLink to="/celah" end>
        {t("targeting.tabs.gaps")}
      </NavLink>
      <NavLink to="/celah/prospek">{t("targeting.tabs.prospects")}</NavLink>
    </nav>
  );
}
