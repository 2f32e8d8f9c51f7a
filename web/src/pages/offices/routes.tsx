import { lazy } from "react";
import { Route } from "react-router";

const OfficesPage = lazy(() => import("./OfficesPage").then((module) => ({ default: module.OfficesPage })));
const OfficePage = lazy(() => import("./OfficePage").then((module) => ({ default: module.OfficePage })));
const OfficeFormPage = lazy(() => import("./OfficeFormPage").then((module) => ({ default: module.OfficeFormPage })));
const MousPage = lazy(() => import("./MousPage").then((module) => ({ default: module.MousPage })));
const MouPage = lazy(() => import("./MouPage").then((module) => ({ default: module.MouPage })));
const MouFormPage = lazy(() => import("./MouFormPage").then((module) => ({ default: module.MouFormPage })));

/** Kantor Perisai (/kantor, /kantor/:id, /kantor/baru, /kantor/:id/ubah) and MoUs (/mou, …, same shape). */
export function officeRoutes() {
  return (
    <>
      <Route path="kantor" element={<OfficesPage />} />
      <Route path="kantor/baru" element={<OfficeFormPage mode="create" />} />
      <Route path="kantor/:id" element={<OfficePage />} />
      <Route path="kantor/:id/ubah" element={<OfficeFormPage mode="edit" />} />
      <Route path="mou" element={<MousPage />} />
      <Route path="mou/baru" element={<MouFormPage mode="create" />} />
      <Route path="mou/:id" element={<MouPage />} />
      <Route path="mou/:id/ubah" element={<MouFormPage mode="edit" />} />
    </>
  );
}
