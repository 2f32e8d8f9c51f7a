import { Route } from "react-router";
import { NotFoundPage } from "../NotFoundPage";

/** The /impor pages. */
export function importRoutes() {
  return <Route path="impor/*" element={<NotFoundPage />} />;
}
