/**
 * The Kemendagri regions from the `idn-area-data` package, read straight from its CSV files: the package
 * itself is an ES module with async loaders, and the generator is synchronous.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

export interface Region {
  code: string;
  /** The code of the enclosing region; null for provinces. */
  parentCode: string | null;
  name: string;
}

export interface Regions {
  provinces: Region[];
  regencies: Region[];
  districts: Region[];
  villages: Region[];
}

let cached: Regions | undefined;

/** All four levels, read once per process (the village file has about 84,000 rows). */
export function loadRegions(): Regions {
  cached ??= {
    provinces: readLevel("provinces"),
    regencies: readLevel("regencies"),
    districts: readLevel("districts"),
    villages: readLevel("villages"),
  };
  return cached;
}

function readLevel(file: string): Region[] {
  const dataDir = join(dirname(require.resolve("idn-area-data/package.json")), "data");
  const [header, ...rows] = readFileSync(join(dataDir, `${file}.csv`), "utf8").split(/\r?\n/);
  const columns = parseCsvLine(header);
  const codeColumn = columns.indexOf("code");
  const nameColumn = columns.indexOf("name");
  // The parent column is named after its level: province_code, regency_code, district_code.
  const parentColumn = columns.findIndex((column) => column !== "code" && column.endsWith("_code"));
  return rows
    .filter((row) => row.length > 0)
    .map((row) => {
      const fields = parseCsvLine(row);
      return {
        code: fields[codeColumn],
        parentCode: parentColumn < 0 ? null : fields[parentColumn],
        name: fields[nameColumn],
      };
    });
}

/** One CSV line with RFC 4180 quoting: a few names hold commas ("Lubuk Pakam I,II") or quotes ("Ra""as"). */
function parseCsvLine(line: string): string[] {
  if (!line.includes('"')) return line.split(",");
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (quoted && char === '"' && line[index + 1] === '"') {
      field += '"';
      index += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (char === "," && !quoted) {
      fields.push(field);
      field = "";
    } else {
      field += char;
    }
  }
  fields.push(field);
  return fields;
}
