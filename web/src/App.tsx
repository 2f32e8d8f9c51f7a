import { useMemo } from "react";
import { BrowserRouter, Navigate, Outlet, Route, Routes, useLocation } from "react-router";
import { Provider } from "urql";
import { useSession } from "./auth/session";
import { Layout } from "./components/Layout";
import { createClient } from "./graphql/client";
import { I18nProvider } from "./i18n/i18n";
import { AgentPage } from "./pages/agents/AgentPage";
import { AgentsPage } from "./pages/agents/AgentsPage";
import { SignInPage } from "./pages/auth/SignInPage";
import { DashboardPage } from "./pages/dashboard/DashboardPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { RegionPage } from "./pages/regions/RegionPage";

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
              <Route element={<Layout />}>
                <Route index element={<DashboardPage />} />
                <Route path="wilayah/:code" element={<RegionPage />} />
                <Route path="agen" element={<AgentsPage />} />
                <Route path="agen/:id" element={<AgentPage />} />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Route>
          </Routes>
        </BrowserRouter>
      </Provider>
    </I18nProvider>
  );
}
