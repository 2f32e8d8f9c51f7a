import { lazy } from "react";
import { Route } from "react-router";

const NetworkPage = lazy(() => import("./NetworkPage").then((module) => ({ default: module.NetworkPage })));

/** The network explorer: /jaringan?buka=<ids>&pilih=<id>&cari=<text>&tampilan=graf. */
export function networkRoutes() {
  return <Route path="jaringan" element={<NetworkPage />} />;
}
