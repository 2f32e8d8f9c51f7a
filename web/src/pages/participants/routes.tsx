import { lazy } from "react";
import { Route } from "react-router";

const ParticipantsPage = lazy(() =>
  import("./ParticipantsPage").then((module) => ({ default: module.ParticipantsPage })),
);
const ParticipantPage = lazy(() => import("./ParticipantPage").then((module) => ({ default: module.ParticipantPage })));
const EnrolmentPage = lazy(() => import("./EnrolmentPage").then((module) => ({ default: module.EnrolmentPage })));

/** Participants: the list (/peserta?cari=…&status=…&urut=…), enrolment (/peserta/baru) and one participant. */
export function participantRoutes() {
  return (
    <>
      <Route path="peserta" element={<ParticipantsPage />} />
      <Route path="peserta/baru" element={<EnrolmentPage />} />
      <Route path="peserta/:id" element={<ParticipantPage />} />
    </>
  );
}
