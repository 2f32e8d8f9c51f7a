import type { Em } from "../../../shared/db/orm";
import { KPJ_NUMBER_DEFAULT } from "../entities/participant.entity";

/**
 * Numbers drawn from the tables' own sequences before the row is inserted, so that a write can file its
 * audit entry first and insert the row last (see recordPayment and enrol for why the row goes last).
 */
export async function nextContributionId(em: Em): Promise<number> {
  const [row] = await em.execute<{ id: number }[]>(
    "select nextval(pg_get_serial_sequence('coverage.contribution', 'id'))::int as id",
  );
  return row.id;
}

/** The participant's id and its KPJ card number, from the same sequences the column defaults use. */
export async function nextParticipantNumbers(em: Em): Promise<{ id: number; kpjNumber: string }> {
  const [row] = await em.execute<{ id: number; kpj_number: string }[]>(
    `select nextval(pg_get_serial_sequence('coverage.participant', 'id'))::int as id, ${KPJ_NUMBER_DEFAULT} as kpj_number`,
  );
  return { id: row.id, kpjNumber: row.kpj_number };
}
