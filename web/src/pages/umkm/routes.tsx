import { lazy } from "react";
import { Route } from "react-router";

const UmkmListPage = lazy(() => import("./UmkmListPage").then((module) => ({ default: module.UmkmListPage })));
const UmkmPage = lazy(() => import("./UmkmPage").then((module) => ({ default: module.UmkmPage })));
const CreateUmkmPage = lazy(() => import("./UmkmFormPage").then((module) => ({ default: module.CreateUmkmPage })));
const EditUmkmPage = lazy(() => import("./UmkmFormPage").then((module) => ({ default: module.EditUmkmPage })));

/** The UMKM registry: the list (/umkm?kecamatan=…&sektor=…), a new UMKM, one UMKM and its edit form. */
export function umkmRoutes() {
  return (
    <>
      <Route path="umkm" element={<UmkmListPage />} />
      <Route path="umkm/baru" element={<CreateUmkmPage />} />
      <Route path="umkm/:id" element={<UmkmPage />} />
      <Route path="umkm/:id/ubah" element={<EditUmkmPage />} />
    </>
  );
}
