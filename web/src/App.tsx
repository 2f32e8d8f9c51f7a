import { useMemo } from "react";
import { BrowserRouter, Navigate, Outlet, Route, Routes, useLocation } from "react-router";
import { Provider } from "urql";
import { useSession } from "./auth/session";
import { Layout } from "./components/Layout";
import { createClient } from "./graphql/client";
import { I18nProvider } from "./i18n/i18n";
import { agentRoutes } from "./pages/agents/routes";
import { commissionRoutes } from "./pages/commissions/routes";
import { SignInPage } from "./pages/auth/SignInPage";
import { dashboardRoutes } from "./pages/dashboard/routes";
import { followUpRoutes } from "./pages/followups/routes";
import { importRoutes } from "./pages/imports/routes";
import { networkRoutes } from "./pages/network/routes";
import { NotFoundPage } from "./pages/NotFoundPage";
import { officeRoutes } from "./pages/offices/routes";
import { participantRoutes } from "./pages/participants/routes";
import { targetingRoutes } from "./pages/targeting/routes";
import { umkmRoutes } from "./pages/umkm/routes";

function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/masuk" replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}

export function App() {
  const session = useSession();
  // A new client per session: one user's cached data never shows to the next.
  const client = useMemo(() => createClient(), [session?.token]);
  return (
    <I18nProvider>
      <Provider value={client}>
        <BrowserRouter>
          <Routes>
            <Route path="/masuk" element={<SignInPage />} />
            <Route element={<RequireSession />}>
              {/* Each area's pages load on first visit (React.lazy); Layout shows the loading state meanwhile. */}
              <Route element={<Layout />}>
                {dashboardRoutes()}
                {networkRoutes()}
                {officeRoutes()}
                {agentRoutes()}
                {umkmRoutes()}
                {participantRoutes()}
                {targetingRoutes()}
                {commissionRoutes()}
                {followUpRoutes()}
                {importRoutes()}
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Route>
          </Routes>
        </BrowserRouter>
      </Provider>
    </I18nProvider>
  );
}
