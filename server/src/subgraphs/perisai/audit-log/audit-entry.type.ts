import { Field, ID, ObjectType } from "type-graphql";
import { Role } from "../../../shared/auth/role";
import { AuditSubgraph } from "./audit-subgraph";
import { JSONObjectScalar } from "./json-object.scalar";

@ObjectType({
  description:
    "One change, or one sign-in, as the audit trail recorded it, in the same transaction as the change: who, when, " +
    "which object, which action, and the changed fields before and after (personal fields masked).",
})
export class AuditEntry {
  @Field(() => ID, { description: "Opaque global ID." })
  id!: string;

  @Field(() => Date)
  occurredAt!: Date;

  /** Row id of the acting account; null for an action nobody signed in took. */
  actorUserId!: number | null;

  @Field(() => Role, { nullable: true, description: "The actor's role at the time." })
  actorRole!: Role | null;

  @Field(() => String, { description: 'The mutation, e.g. "appointAgent", or "login", "revealPersonalData".' })
  action!: string;

  @Field(() => String, { description: 'The type of the object, e.g. "Agent".' })
  objectType!: string;

  @Field(() => ID, { description: "The object's global ID (node(id:) finds it if you may see it)." })
  objectId!: string;

  @Field(() => AuditSubgraph)
  subgraph!: AuditSubgraph;

  @Field(() => JSONObjectScalar, { nullable: true, description: "The changed fields before; null for a creation." })
  before!: Record<string, unknown> | null;

  @Field(() => JSONObjectScalar, { nullable: true, description: "The changed fields after." })
  after!: Record<string, unknown> | null;
}
