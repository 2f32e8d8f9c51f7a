import { lazy } from "react";
import { Route } from "react-router";

const ImportsPage = lazy(() => import("./ImportsPage").then((module) => ({ default: module.ImportsPage })));

/** CSV import of UMKM and agents: /impor?jenis=umkm|agen, with the running import as &impor=<id>. */
export function importRoutes() {
  return <Route path="impor" element={<ImportsPage />} />;
}
