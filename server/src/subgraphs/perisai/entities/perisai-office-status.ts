import { registerEnumType } from "type-graphql";

export enum PerisaiOfficeStatus {
  PROPOSED = "PROPOSED",
  ACTIVE = "ACTIVE",
  UNDER_REVIEW = "UNDER_REVIEW",
  CLOSED = "CLOSED",
}

registerEnumType(PerisaiOfficeStatus, {
  name: "PerisaiOfficeStatus",
  description: "Where a Kantor Perisai stands in its cooperation with the supervising branch.",
  valuesConfig: {
    PROPOSED: { description: "Proposed; no agents may be appointed yet." },
    ACTIVE: { description: "Running under its cooperation agreement; agents may be appointed and transferred in." },
    UNDER_REVIEW: { description: "Under review by the branch (e.g. after months below the minimum acquisition)." },
    CLOSED: { description: "The cooperation ended; final." },
  },
});
