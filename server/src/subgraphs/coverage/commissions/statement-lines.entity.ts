import { Entity, PrimaryKey, Property } from "@mikro-orm/core";

/** A contribution counted by a statement; a contribution is counted by one statement at most. */
@Entity({ tableName: "commission_statement_contribution" })
export class StatementContribution {
  @PrimaryKey({ type: "integer", autoincrement: false })
  contributionId!: number;

  @Property({ type: "integer" })
  statementId!: number;
}

/** A participant enrolled in the statement's month, counted for the acquisition bonus. */
@Entity({ tableName: "commission_statement_enrolment" })
export class StatementEnrolment {
  @PrimaryKey({ type: "integer", autoincrement: false })
  participantId!: number;

  @Property({ type: "integer" })
  statementId!: number;
}
