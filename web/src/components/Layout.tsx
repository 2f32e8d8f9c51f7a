import { NavLink, Outlet, useNavigate } from "react-router";
import { useMutation } from "urql";
import { signOut, useSession } from "../auth/session";
import { useLanguage, useT, type MessageKey } from "../i18n/i18n";
import type { Language } from "../lib/format";
import { Layout_Logout } from "./Layout.graphql";

export function Layout() {
  const t = useT();
  const session = useSession();
  const { language, setLanguage } = useLanguage();
  const navigate = useNavigate();
  const [, logout] = useMutation(Layout_Logout);
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
          <NavLink to="/agen">{t("nav.agents")}</NavLink>
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
        <Outlet />
      </main>
    </>
  );
}
