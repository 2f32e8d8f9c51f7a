import { registerEnumType } from "type-graphql";

/** What a signed-in user may do; each role is attached to a node of the hierarchy (see Viewer). */
export enum Role {
  NATIONAL_COORDINATOR = "NATIONAL_COORDINATOR",
  OFFICE_ADMIN = "OFFICE_ADMIN",
  BRANCH_OFFICER = "BRANCH_OFFICER",
  AGENT = "AGENT",
  ANALYST = "ANALYST",
}

registerEnumType(Role, {
  name: "Role",
  description: "Roles of Perisai Network users, each scoped to a node of the hierarchy.",
  valuesConfig: {
    NATIONAL_COORDINATOR: { description: "OK OCE Progresif or the BPJAMSOSTEK partnership desk: the whole network." },
    OFFICE_ADMIN: { description: "Admin of one Kantor Perisai: that office and its sub-offices." },
    BRANCH_OFFICER: { description: "Officer of one BPJAMSOSTEK office: the Kantor Perisai it supervises." },
    AGENT: { description: "An Agen Perisai: own profile, participants, contributions and commission." },
    ANALYST: { description: "Aggregates and lists with every personal field masked." },
  },
});
