import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { environment } from "../environment";

/**
 * One person can be an OK OCE UMKM owner, a BPJAMSOSTEK participant and an Agen Perisai, each record kept by
 * another subgraph. They are matched by a keyed hash of the NIK (HMAC-SHA256), so the views one subgraph
 * publishes to another carry no NIK in clear, and a copy of the database alone cannot turn a hash back into a
 * NIK by trying every possible number: the key is not in the database.
 *
 * The key is PERISAI_NIK_HASH_KEY, or one generated on first start into the data directory. Changing it
 * breaks every match until the hashes are recomputed (`update … set nik = nik` re-runs the triggers).
 */
export function nikHashKey(): string {
  const env = environment();
  if (env.PERISAI_NIK_HASH_KEY) return env.PERISAI_NIK_HASH_KEY;
  const file = path.join(env.PERISAI_DATA_DIR, "nik-hash-key");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(env.PERISAI_DATA_DIR, { recursive: true });
    try {
      fs.writeFileSync(file, crypto.randomBytes(48).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return fs.readFileSync(file, "utf8").trim();
}

/** The setting every pooled connection carries, read by the hashing triggers. */
export const NIK_HASH_SETTING = "perisai.nik_hash_key";

/** The hash as the database computes it (hex of HMAC-SHA256), for code that needs to match one. */
export function nikHash(nik: string, key = nikHashKey()): string {
  return crypto.createHmac("sha256", key).update(nik).digest("hex");
}

/**
 * Migration SQL: a `hashColumn` kept equal to HMAC(nikColumn) by a BEFORE trigger, so every write path —
 * the ORM, COPY in the seed, bulk imports — fills it; a connection without the key fails loudly instead of
 * writing a row that matches nobody. Existing rows are filled at once.
 */
export function nikHashColumnSql(schema: string, table: string, nikColumn: string, hashColumn: string): string[] {
  const fn = `"${schema}"."${table}_${hashColumn}"`;
  return [
    `create extension if not exists pgcrypto with schema public;`,
    `alter table "${schema}"."${table}" add column "${hashColumn}" char(64) null;`,
    `create function ${fn}() returns trigger language plpgsql as $$
      begin
        new."${hashColumn}" := encode(public.hmac(new."${nikColumn}", current_setting('${NIK_HASH_SETTING}'), 'sha256'), 'hex');
        return new;
      end $$;`,
    `create trigger "${table}_${hashColumn}" before insert or update of "${nikColumn}" on "${schema}"."${table}"
      for each row execute function ${fn}();`,
    `update "${schema}"."${table}" set "${nikColumn}" = "${nikColumn}";`,
    `alter table "${schema}"."${table}" alter column "${hashColumn}" set not null;`,
    `create index "${table}_${hashColumn}_index" on "${schema}"."${table}" ("${hashColumn}");`,
  ];
}
