import { lazy } from "react";
import { Navigate, Route } from "react-router";
import { useAbilities } from "../../auth/permissions";

const CoverageGapsPage = lazy(() =>
  import("./CoverageGapsPage").then((module) => ({ default: module.CoverageGapsPage })),
);
const ProspectsPage = lazy(() => import("./ProspectsPage").then((module) => ({ default: module.ProspectsPage })));

/** The ranking is for coordinators, offices and analysts; an agent goes straight to their prospect list. */
function GapsOrProspects() {
  const may = useAbilities();
  if (!may("viewCoverageGaps") && may("viewProspects")) return <Navigate to="/celah/prospek" replace />;
  return <CoverageGapsPage />;
}

/** Coverage-gap targeting: the ranking (/celah?wilayah=21.71&semua=1) and the prospect list (/celah/prospek). */
export function targetingRoutes() {
  return (
    <>
      <Route path="celah" element={<GapsOrProspects />} />
      <Route path="celah/prospek" element={<ProspectsPage />} />
    </>
  );
}
