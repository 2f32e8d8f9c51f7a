import { lazy } from "react";
import { Route } from "react-router";

const AgentsPage = lazy(() => import("./AgentsPage").then((module) => ({ default: module.AgentsPage })));
const AgentPage = lazy(() => import("./AgentPage").then((module) => ({ default: module.AgentPage })));

/** Agents: the list (/agen?cari=…&status=…) and one agent (/agen/:id). */
export function agentRoutes() {
  return (
    <>
      <Route path="agen" element={<AgentsPage />} />
      <Route path="agen/:id" element={<AgentPage />} />
    </>
  );
}
