import { registerEnumType } from "type-graphql";

export enum ParticipantStatus {
  ACTIVE = "ACTIVE",
  LAPSED = "LAPSED",
}

registerEnumType(ParticipantStatus, {
  name: "ParticipantStatus",
  description: "Whether a participant is protected.",
  valuesConfig: {
    ACTIVE: { description: "Enrolled and paying." },
    LAPSED: { description: "Stopped paying; no longer protected until contributions resume." },
  },
});
