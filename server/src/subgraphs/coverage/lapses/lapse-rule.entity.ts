import { Entity, Property } from "@mikro-orm/core";
import { BaseEntity } from "../../../shared/db/base.entity";

/** The dated number of unpaid months after which a participant lapses (table lapse_rule). */
@Entity({ tableName: "lapse_rule" })
export class LapseRule extends BaseEntity {
  @Property({ type: "integer" })
  unpaidMonths!: number;

  @Property({ type: "date" })
  validFrom!: string;

  @Property({ type: "date", nullable: true })
  validTo!: string | null;

  @Property({ type: "text" })
  legalBasis!: string;
}
