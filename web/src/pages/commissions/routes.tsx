import { lazy } from "react";
import { Route } from "react-router";

const CommissionsPage = lazy(() => import("./CommissionsPage").then((module) => ({ default: module.CommissionsPage })));
const StatementPage = lazy(() => import("./StatementPage").then((module) => ({ default: module.StatementPage })));

/** Commissions: an office's month or an agent's months (/komisi?bulan=…&kantor=…) and one statement worked out. */
export function commissionRoutes() {
  return (
    <>
      <Route path="komisi" element={<CommissionsPage />} />
      <Route path="komisi/pernyataan/:agentId/:month" element={<StatementPage />} />
    </>
  );
}
