import { lazy } from "react";
import { Route } from "react-router";

const DashboardPage = lazy(() => import("./DashboardPage").then((module) => ({ default: module.DashboardPage })));
const RegionPage = lazy(() => import("../regions/RegionPage").then((module) => ({ default: module.RegionPage })));

/** Beranda and the region drill-down (/wilayah/21.71). */
export function dashboardRoutes() {
  return (
    <>
      <Route index element={<DashboardPage />} />
      <Route path="wilayah/:code" element={<RegionPage />} />
    </>
  );
}
