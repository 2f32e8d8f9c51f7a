import { Route } from "react-router";
import { NotFoundPage } from "../NotFoundPage";

/** The /umkm pages. */
export function umkmRoutes() {
  return <Route path="umkm/*" element={<NotFoundPage />} />;
}
