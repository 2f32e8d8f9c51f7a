import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Role } from "../../../shared/auth/role";
import { BaseEntity } from "../../../shared/db/base.entity";
import { toGlobalId } from "../../../shared/graphql/global-id";
import { Agent } from "../entities/agent.entity";
import { BpjsOffice } from "../entities/bpjs-office.entity";
import { PerisaiOffice } from "../entities/perisai-office.entity";

/**
 * Someone who signs in, with one role attached to one node of the hierarchy: an OFFICE_ADMIN to a Kantor
 * Perisai, a BRANCH_OFFICER to a BPJAMSOSTEK office, an AGENT to an agent record; national roles to none.
 */
@Entity({ tableName: "user_account" })
@Check({ name: "user_account_email_lower_case_check", expression: '"email" = lower("email")' })
@Check({
  name: "user_account_office_check",
  expression: `("role" = 'OFFICE_ADMIN') = ("perisai_office_id" is not null)`,
})
@Check({
  name: "user_account_bpjs_office_check",
  expression: `("role" = 'BRANCH_OFFICER') = ("bpjs_office_id" is not null)`,
})
@Check({ name: "user_account_agent_check", expression: `("role" = 'AGENT') = ("agent_id" is not null)` })
@Index({ name: "user_account_role_index", properties: ["role", "email"] })
@Index({ name: "user_account_display_name_index", properties: ["displayName", "id"] })
@Index({ name: "user_account_created_at_index", properties: ["createdAt", "id"] })
@ObjectType({ description: "A person who signs in to Perisai Network, with one role scoped to the hierarchy." })
@Directive('@key(fields: "id")')
export class UserAccount extends BaseEntity<"disabled" | "lastSignedInAt"> {
  /** Stored lower-case, so that sign-in ignores the case a person types. */
  @Property({ type: "text", unique: "user_account_email_unique" })
  @Field(() => String)
  email!: string;

  @Property({ type: "text" })
  @Field(() => String, { description: "How the person is shown in the audit log and the web app." })
  displayName!: string;

  /** Argon2id PHC string; no GraphQL field and no audit entry ever carries it. */
  @Property({ type: "text", lazy: true })
  passwordHash!: string;

  @Enum({ items: () => Role, type: "text" })
  @Field(() => Role)
  role!: Role;

  @ManyToOne(() => PerisaiOffice, {
    ref: true,
    nullable: true,
    deleteRule: "restrict",
    index: "user_account_perisai_office_id_index",
  })
  perisaiOffice!: Ref<PerisaiOffice> | null;

  @ManyToOne(() => BpjsOffice, {
    ref: true,
    nullable: true,
    deleteRule: "restrict",
    index: "user_account_bpjs_office_id_index",
  })
  bpjsOffice!: Ref<BpjsOffice> | null;

  @ManyToOne(() => Agent, { ref: true, nullable: true, deleteRule: "restrict", unique: "user_account_agent_id_unique" })
  agent!: Ref<Agent> | null;

  @Property({ type: "boolean", default: false })
  @Field(() => Boolean, { description: "A disabled account cannot sign in; its open sessions were ended." })
  disabled: boolean = false;

  @Property({ type: "timestamptz", nullable: true })
  @Field(() => Date, { nullable: true })
  lastSignedInAt: Date | null = null;

  @Field(() => ID, { name: "id", description: "Opaque global ID." })
  get globalId(): string {
    return toGlobalId("UserAccount", this.id);
  }
}
