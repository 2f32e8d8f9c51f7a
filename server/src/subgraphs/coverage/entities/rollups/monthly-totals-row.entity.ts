import { BigIntType, Entity, Index, PrimaryKey, Property } from "@mikro-orm/core";

/** Rollup of enrolments and contributions per month, office and agent, for trends. */
@Entity({ tableName: "monthly_totals" })
@Index({ name: "monthly_totals_office_id_period_index", properties: ["officeId", "period"] })
@Index({ name: "monthly_totals_agent_id_period_index", properties: ["agentId", "period"] })
export class MonthlyTotalsRow {
  @PrimaryKey({ type: "text" })
  period!: string;

  @PrimaryKey({ type: "integer", autoincrement: false })
  officeId!: number;

  @PrimaryKey({ type: "integer", autoincrement: false })
  agentId!: number;

  /** Participants registered in the month. */
  @Property({ type: "integer", default: 0 })
  enrolments = 0;

  @Property({ type: new BigIntType("number"), default: 0 })
  contributionsTotal = 0;

  @Property({ type: "integer", default: 0 })
  contributionsCount = 0;
}
