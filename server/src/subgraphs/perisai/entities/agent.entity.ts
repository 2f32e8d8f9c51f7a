import { ArrayType, Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { toGlobalId } from "../../../shared/graphql/global-id";
import { DateScalar } from "../../../shared/graphql/scalars";
import { AgentStatus } from "./agent-status";
import { Node } from "./node";
import { PerisaiOffice } from "./perisai-office.entity";
import { BaseEntity } from "../../../shared/db/base.entity";

@Entity({ tableName: "agent" })
@Check({
  name: "agent_territory_check",
  expression: 'cardinality("territory") >= 1 and cardinality("territory") <= 20',
})
@Check({ name: "agent_nik_check", expression: `"nik" ~ '^[0-9]{16}$'` })
@Check({ name: "agent_agent_number_check", expression: `"agent_number" ~ '^AP-[0-9]{4}-[0-9]{5}$'` })
@Index({ name: "agent_name_index", properties: ["name", "id"] })
@Index({ name: "agent_appointed_on_index", properties: ["appointedOn", "id"] })
@Index({ name: "agent_status_index", properties: ["status", "agentNumber"] })
@Index({ name: "agent_nik_index", properties: ["nik"] })
@Index({
  name: "agent_agent_number_pattern_index",
  expression: 'create index "agent_agent_number_pattern_index" on "perisai"."agent" ("agent_number" text_pattern_ops)',
})
@Index({
  name: "agent_name_trgm_index",
  expression: 'create index "agent_name_trgm_index" on "perisai"."agent" using gin ("name" public.gin_trgm_ops)',
})
@Index({
  name: "agent_territory_index",
  expression: 'create index "agent_territory_index" on "perisai"."agent" using gin ("territory")',
})
@Index({
  name: "agent_serving_nik_unique",
  expression: `create unique index "agent_serving_nik_unique" on "perisai"."agent" ("nik") where "status" <> 'TERMINATED'`,
})
@Index({
  name: "agent_serving_umkm_id_unique",
  expression: `create unique index "agent_serving_umkm_id_unique" on "perisai"."agent" ("umkm_id") where "status" <> 'TERMINATED'`,
})
@ObjectType({
  implements: Node,
  description:
    "An Agen Perisai: an OK OCE-fostered UMKM owner who recruits participants for BPJAMSOSTEK, always through a Kantor Perisai.",
})
@Directive('@key(fields: "id")')
export class Agent extends BaseEntity {
  @Property({ type: "text", unique: "agent_agent_number_unique" })
  @Field(() => String, { description: 'Given on appointment: "AP-<regency digits>-<serial>", e.g. "AP-2171-00001".' })
  agentNumber!: string;

  @Property({ type: "text" })
  @Field(() => String)
  name!: string;

  /** Personal data, stored in clear; the `nik` and `phone` fields (AgentResolver) mask it unless the viewer may see it. */
  @Property({ type: "varchar", length: 16, comment: "Personal data, stored in clear; the API returns it masked." })
  nik!: string;

  @Property({ type: "text" })
  phone!: string;

  /** Row id of the UMKM the agent owns, in okoce.published_umkm (no foreign key across subgraphs). */
  @Property({
    type: "integer",
    nullable: true,
    index: "agent_umkm_id_index",
    comment: "Row id in okoce.published_umkm (owned by the okoce subgraph: no foreign key).",
  })
  umkmId!: number | null;

  @ManyToOne(() => PerisaiOffice, { ref: true, index: "agent_office_id_index" })
  office!: Ref<PerisaiOffice>;

  /** Kecamatan codes. */
  @Property({ type: ArrayType })
  territory!: string[];

  @Enum({ items: () => AgentStatus, type: "text" })
  @Field(() => AgentStatus)
  status!: AgentStatus;

  @Property({ type: "date" })
  @Field(() => DateScalar)
  appointedOn!: string;

  @Field(() => ID, { name: "id", description: "Opaque global ID." })
  get globalId(): string {
    return toGlobalId("Agent", this.id);
  }
}
