import { Suspense } from "react";
import { NavLink, Outlet, useNavigate } from "react-router";
import { useMutation } from "urql";
import { useAbilities } from "../auth/permissions";
import { signOut, useSession } from "../auth/session";
import { useLanguage, useT, type MessageKey } from "../i18n/i18n";
import type { Language } from "../lib/format";
import { Layout_Logout } from "./Layout.graphql";
import { ErrorBoundary } from "./ErrorBoundary";
import { LoadingState } from "./Status";

export function Layout() {
  const t = useT();
  const session = useSession();
  const { language, setLanguage } = useLanguage();
  const navigate = useNavigate();
  const [, logout] = useMutation(Layout_Logout);
  const may = useAbilities();
  const roleKey = `role.${session?.user.role}` as MessageKey;

  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className="app-header">
        <span className="app-name">{t("app.name")}</span>
        <nav aria-label={t("nav.main")}>
          <NavLink to="/" end>
            {t("nav.dashboard")}
          </NavLink>
          {may("viewNetwork") && <NavLink to="/jaringan">{t("nav.network")}</NavLink>}
          {may("viewOffices") && <NavLink to="/kantor">{t("nav.offices")}</NavLink>}
          {may("viewAgents") && <NavLink to="/agen">{t("nav.agents")}</NavLink>}
          <NavLink to="/umkm">{t("nav.umkm")}</NavLink>
          <NavLink to="/peserta">{t("nav.participants")}</NavLink>
          {may("viewMous") && <NavLink to="/mou">{t("nav.mous")}</NavLink>}
          {(may("viewCoverageGaps") || may("viewProspects")) && <NavLink to="/celah">{t("nav.targeting")}</NavLink>}
          {may("viewCommissions") && <NavLink to="/komisi">{t("nav.commissions")}</NavLink>}
          {may("viewFollowUps") && <NavLink to="/tindak-lanjut">{t("nav.followUps")}</NavLink>}
          {(may("importUmkm") || may("importAgents")) && <NavLink to="/impor">{t("nav.imports")}</NavLink>}
          {/* The playground opens in a new tab with the session's token in the fragment (never sent to a server). */}
          <a
            href={session ? `/graphql#token=${encodeURIComponent(session.token)}` : "/graphql"}
            target="_blank"
            rel="noopener"
          >
            {t("nav.playground")}
          </a>
        </nav>
        <div className="header-tools">
          <label>
            <span className="visually-hidden">{t("header.language")}</span>
            <select value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
              <option value="id">Bahasa Indonesia</option>
              <option value="en">English</option>
            </select>
          </label>
          {session && (
            <span className="user">
              {session.user.displayName} <small>{t(roleKey) ?? session.user.role}</small>
            </span>
          )}
          <button
            type="button"
            onClick={async () => {
              // End the session on the server too; the local sign-out happens whatever it answers.
              await logout({});
              signOut();
              navigate("/masuk");
            }}
          >
            {t("header.signOut")}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary>
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
