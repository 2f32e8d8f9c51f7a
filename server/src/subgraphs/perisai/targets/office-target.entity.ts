import { Check, Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { toGlobalId } from "../../../shared/graphql/global-id";
import { MonthScalar } from "../../../shared/graphql/scalars";
import { PerisaiOffice } from "../entities/perisai-office.entity";

/**
 * A Kantor Perisai's monthly acquisition target and minimum from a month on; the row with the latest
 * validFrom not after a month is that month's target. Rows are added (setOfficeTarget, the office's
 * creation, an edit of its standing monthlyTarget), so every past month keeps the target it had.
 */
@Entity({ tableName: "office_target" })
@Unique({ name: "office_target_office_id_valid_from_unique", properties: ["office", "validFrom"] })
@Check({ name: "office_target_minimum_within_target_check", expression: '"minimum" <= "monthly_target"' })
@ObjectType({ description: "A Kantor Perisai's dated monthly acquisition target and minimum." })
export class OfficeTarget {
  [OptionalProps]?: "createdAt" | "globalId";

  @PrimaryKey({ type: "integer", autoincrement: true })
  id!: number;

  @Property({ type: "timestamptz", defaultRaw: "now()" })
  @Field(() => Date, { description: "When it was recorded." })
  createdAt: Date = new Date();

  @ManyToOne(() => PerisaiOffice, { ref: true, index: false })
  office!: Ref<PerisaiOffice>;

  @Property({ type: "varchar", length: 7 })
  @Field(() => MonthScalar, { description: "First month the target applies." })
  validFrom!: string;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "New participants expected per month." })
  monthlyTarget!: number;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "Fewer new participants than this in a month is a month under the minimum." })
  minimum!: number;

  @Property({ type: "integer", nullable: true })
  setByUserId!: number | null;

  @Property({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "How the row came to be (creation, an edit, setOfficeTarget)." })
  note!: string | null;

  @Field(() => ID, { name: "id", description: "Opaque global ID." })
  get globalId(): string {
    return toGlobalId("OfficeTarget", this.id);
  }
}
