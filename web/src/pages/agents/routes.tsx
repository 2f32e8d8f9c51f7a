import { lazy } from "react";
import { Route } from "react-router";

const AgentsPage = lazy(() => import("./AgentsPage").then((module) => ({ default: module.AgentsPage })));
const AgentPage = lazy(() => import("./AgentPage").then((module) => ({ default: module.AgentPage })));
const AppointAgentPage = lazy(() =>
  import("./AppointAgentPage").then((module) => ({ default: module.AppointAgentPage })),
);

/** Agents: the list (/agen?cari=…&status=…&kantor=…&wilayah=…), appointing one (/agen/baru) and one agent. */
export function agentRoutes() {
  return (
    <>
      <Route path="agen" element={<AgentsPage />} />
      <Route path="agen/baru" element={<AppointAgentPage />} />
      <Route path="agen/:id" element={<AgentPage />} />
    </>
  );
}
