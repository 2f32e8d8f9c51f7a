import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { from as copyFrom } from "pg-copy-streams";
import type { Knex } from "@mikro-orm/postgresql";
import type { Em } from "./orm";

export type CopyValue = string | number | boolean | null | undefined | readonly string[];

function escapeText(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (match) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[match]!);
}

function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, (match) => `\\${match}`)}"`).join(",")}}`;
}

function encode(value: CopyValue): string {
  if (value === null || value === undefined) return "\\N";
  if (typeof value === "boolean") return value ? "t" : "f";
  if (Array.isArray(value)) return escapeText(arrayLiteral(value));
  return escapeText(String(value));
}

function* lines(rows: Iterable<readonly CopyValue[]>, batch = 2_000): Generator<string> {
  let buffer: string[] = [];
  for (const row of rows) {
    buffer.push(`${row.map(encode).join("\t")}\n`);
    if (buffer.length >= batch) {
      yield buffer.join("");
      buffer = [];
    }
  }
  if (buffer.length) yield buffer.join("");
}

/**
 * Bulk-loads rows with COPY … FROM STDIN (text format): one statement for any number of rows, streamed
 * so a million rows never sit in memory as one string.
 */
export async function copyRows(
  em: Em,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
): Promise<void> {
  // Inside em.transactional() the transaction's client hands back its own connection, so the COPY commits
  // or rolls back with the rest of the load.
  const knex = (em.getTransactionContext() as Knex.Transaction | undefined) ?? em.getConnection().getKnex();
  const client = await knex.client.acquireConnection();
  try {
    const sql = `copy ${table} (${columns.map((column) => `"${column}"`).join(", ")}) from stdin`;
    await pipeline(Readable.from(lines(rows)), client.query(copyFrom(sql)));
  } finally {
    await knex.client.releaseConnection(client);
  }
}

/** Moves an identity/serial sequence past the ids a bulk load wrote explicitly. */
export async function resetSequence(em: Em, table: string, column = "id"): Promise<void> {
  // em.execute runs inside the caller's transaction, so it sees the rows the COPY just wrote.
  await em.execute(
    `select setval(pg_get_serial_sequence('${table}', '${column}'), coalesce((select max("${column}") from ${table}), 0) + 1, false)`,
  );
}
