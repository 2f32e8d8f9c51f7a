import fs from "node:fs";
import path from "node:path";
import { copyRows, type CopyValue } from "../../../shared/db/copy";
import type { Em } from "../../../shared/db/orm";

const FILES = [
  { file: "provinces.csv", level: "PROVINCE" },
  { file: "regencies.csv", level: "REGENCY" },
  { file: "districts.csv", level: "DISTRICT" },
  { file: "villages.csv", level: "VILLAGE" },
] as const;

function dataDir(): string {
  return path.join(path.dirname(require.resolve("idn-area-data/package.json")), "data");
}

/** Splits one CSV line of idn-area-data: plain fields, names quoted when they hold a comma. */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let current = "";
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        current += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else current += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      fields.push(current);
      current = "";
    } else current += char;
  }
  fields.push(current);
  return fields;
}

function* regionRows(): Generator<CopyValue[]> {
  for (const { file, level } of FILES) {
    const lines = fs.readFileSync(path.join(dataDir(), file), "utf8").split(/\r?\n/).slice(1);
    for (const line of lines) {
      if (!line) continue;
      const fields = splitCsvLine(line);
      const [code, parentOrName] = fields;
      const name = fields[fields.length - 1];
      yield [code, level, name.trim(), level === "PROVINCE" ? null : parentOrName];
    }
  }
}

/** Loads every province, regency, kecamatan and village (38 / 514 / 7,285 / 83,762) with one COPY. */
export async function loadRegions(em: Em): Promise<number> {
  const existing = await em.execute<{ count: string }[]>('select count(*) from "regions"."region"');
  if (Number(existing[0].count) > 0) return 0;
  await copyRows(em, '"regions"."region"', ["code", "level", "name", "parent_code"], regionRows());
  await em.execute('analyze "regions"."region"');
  const loaded = await em.execute<{ count: string }[]>('select count(*) from "regions"."region"');
  return Number(loaded[0].count);
}
