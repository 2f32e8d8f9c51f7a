import { Route } from "react-router";
import { NotFoundPage } from "../NotFoundPage";

/** The /kantor (Kantor Perisai) and /mou pages. */
export function officeRoutes() {
  return (
    <>
      <Route path="kantor/*" element={<NotFoundPage />} />
      <Route path="mou/*" element={<NotFoundPage />} />
    </>
  );
}
