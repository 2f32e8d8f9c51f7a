import { Route } from "react-router";
import { NotFoundPage } from "../NotFoundPage";

/** The /jaringan pages. */
export function networkRoutes() {
  return <Route path="jaringan/*" element={<NotFoundPage />} />;
}
