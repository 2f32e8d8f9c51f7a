import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import type { PaymentRecord } from "./payment-state";

/** A participant's payment summary, maintained by statement-level triggers (Migration20261124001010). */
@Entity({ tableName: "participant_payment" })
export class ParticipantPayment implements PaymentRecord {
  @PrimaryKey({ type: "integer", autoincrement: false })
  participantId!: number;

  @Property({ type: "string", length: 7 })
  registeredMonth!: string;

  @Property({ type: "integer" })
  paidCount!: number;

  @Property({ type: "string", length: 7, nullable: true })
  lastPeriod!: string | null;

  @Property({ type: "string", length: 7 })
  oldestUnpaidPeriod!: string;
}
