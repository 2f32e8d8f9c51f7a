import { registerEnumType } from "type-graphql";

/** The subgraphs that write audit entries; each owns the objects its entries are about. */
export enum AuditSubgraph {
  OKOCE = "okoce",
  PERISAI = "perisai",
  COVERAGE = "coverage",
}

registerEnumType(AuditSubgraph, {
  name: "AuditSubgraph",
  description: "The subgraph that recorded an audit entry (the owner of its object).",
  valuesConfig: {
    OKOCE: { description: "OK OCE chapters and the UMKM registry." },
    PERISAI: { description: "Offices, MoUs, agents, accounts and sign-ins." },
    COVERAGE: { description: "Participants, contributions, rates and targets." },
  },
});
