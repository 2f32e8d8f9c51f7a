import { lazy } from "react";
import { Navigate, Route } from "react-router";

const RemindersPage = lazy(() => import("./RemindersPage").then((module) => ({ default: module.RemindersPage })));
const TerminationProposalsPage = lazy(() =>
  import("./TerminationProposalsPage").then((module) => ({ default: module.TerminationProposalsPage })),
);
const OfficeReviewPage = lazy(() =>
  import("./OfficeReviewPage").then((module) => ({ default: module.OfficeReviewPage })),
);
const OfficeTargetPage = lazy(() =>
  import("./OfficeTargetPage").then((module) => ({ default: module.OfficeTargetPage })),
);

/**
 * Follow-ups: payment reminders (/tindak-lanjut/pengingat?kantor=…&agen=…&status=LAPSED), termination proposals
 * (/tindak-lanjut/pemberhentian?kantor=…), the office review list (/tindak-lanjut/tinjauan-kantor) and one office's
 * target progress (/tindak-lanjut/tinjauan-kantor/<office id>?dari=2025-12&sampai=2026-11).
 */
export function followUpRoutes() {
  return (
    <>
      <Route path="tindak-lanjut" element={<Navigate to="/tindak-lanjut/pengingat" replace />} />
      <Route path="tindak-lanjut/pengingat" element={<RemindersPage />} />
      <Route path="tindak-lanjut/pemberhentian" element={<TerminationProposalsPage />} />
      <Route path="tindak-lanjut/tinjauan-kantor" element={<OfficeReviewPage />} />
      <Route path="tindak-lanjut/tinjauan-kantor/:officeId" element={<OfficeTargetPage />} />
    </>
  );
}
