import { Route } from "react-router";
import { NotFoundPage } from "../NotFoundPage";

/** The /peserta pages. */
export function participantRoutes() {
  return <Route path="peserta/*" element={<NotFoundPage />} />;
}
