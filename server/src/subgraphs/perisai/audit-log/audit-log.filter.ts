import { Field, ID, InputType } from "type-graphql";
import { AuditSubgraph } from "./audit-subgraph";

@InputType({ description: "Narrows the audit log; all given conditions must hold." })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: "Entries about this object (its global ID)." })
  objectId?: string;

  @Field(() => ID, { nullable: true, description: "Entries of this actor (a UserAccount's global ID)." })
  actorId?: string;

  @Field(() => String, { nullable: true, description: 'Entries of this action, e.g. "updatePerisaiOffice".' })
  action?: string;

  @Field(() => Date, { nullable: true, description: "Entries at or after this instant." })
  from?: Date;

  @Field(() => Date, { nullable: true, description: "Entries before this instant." })
  to?: Date;

  @Field(() => AuditSubgraph, { nullable: true })
  subgraph?: AuditSubgraph;
}
