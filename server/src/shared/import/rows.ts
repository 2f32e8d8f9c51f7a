import { Problems } from "../graphql/mutation";
import { UserErrorCode, UserInputError, type UserError } from "../graphql/user-error";
import { CsvSyntaxError, headerKey, parseCsv } from "./csv";
import { ImportRowError, ImportValidation } from "./import-job";

/** Enough to fix a file; a file with more problems has a systematic one that the first thousand show. */
export const MAX_REPORTED_ERRORS = 1_000;

/** Rows validated between two yields to the event loop, so other requests are served while a big file is checked. */
export const ROWS_PER_YIELD = 2_000;

export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The line-numbered problems of a file, in line order once sorted; only the first MAX_REPORTED_ERRORS are kept. */
export class RowErrors {
  private readonly list: ImportRowError[] = [];
  count = 0;

  add(line: number, column: string | null, message: string, code: UserErrorCode): void {
    this.count++;
    if (this.list.length < MAX_REPORTED_ERRORS * 2) {
      this.list.push(Object.assign(new ImportRowError(), { line, column, message, code }));
    }
  }

  /** A row's userErrors from the mutation validators: field ["input", "ownerNik"] is column "ownerNik". */
  addUserErrors(line: number, errors: readonly UserError[], columnOf: (field: string) => string | null): void {
    for (const error of errors) this.add(line, columnOf(error.field[1] ?? ""), error.message, error.code);
  }

  get any(): boolean {
    return this.count > 0;
  }

  validation(rowCount: number): ImportValidation {
    const errors = [...this.list].sort((a, b) => a.line - b.line).slice(0, MAX_REPORTED_ERRORS);
    return Object.assign(new ImportValidation(), { rowCount, errorCount: this.count, errors });
  }
}

/** The problems collected for one row, without throwing them. */
export function problemsOf(problems: Problems): UserError[] {
  try {
    problems.throwIfAny();
    return [];
  } catch (error) {
    if (error instanceof UserInputError) return error.errors;
    throw error;
  }
}

export interface ColumnSpec {
  /** The header name in the template (the mutation input's field name). */
  name: string;
  required: boolean;
}

export interface CsvRow {
  line: number;
  /** Values by column name, trimmed; a column the file does not have reads as "". */
  value(column: string): string;
}

/**
 * The rows of a CSV file whose header names the given columns (in any order and spelling: "Owner NIK",
 * "owner_nik"). Problems of the file as a whole (syntax, header) and of a row's shape go into errors.
 */
export function readCsvRows(csv: string, columns: readonly ColumnSpec[], errors: RowErrors): CsvRow[] {
  let table;
  try {
    table = parseCsv(csv);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    errors.add(error.line, null, error.message, UserErrorCode.INVALID);
    return [];
  }
  if (table.header.length === 0) {
    errors.add(1, null, "The file is empty: the first line must name the columns", UserErrorCode.REQUIRED);
    return [];
  }
  const known = new Map(columns.map((column) => [headerKey(column.name), column.name]));
  const positions = new Map<string, number>();
  table.header.forEach((name, position) => {
    const column = known.get(headerKey(name));
    if (!column) {
      errors.add(
        1,
        name,
        `Unknown column "${name}"; the columns are ${columns.map((c) => c.name).join(", ")}`,
        UserErrorCode.INVALID,
      );
    } else if (positions.has(column)) {
      errors.add(1, column, `Column "${column}" appears twice`, UserErrorCode.INVALID);
    } else {
      positions.set(column, position);
    }
  });
  for (const column of columns) {
    if (column.required && !positions.has(column.name)) {
      errors.add(1, column.name, `Column "${column.name}" is missing from the header line`, UserErrorCode.REQUIRED);
    }
  }
  if (errors.any) return [];
  if (table.records.length === 0) {
    errors.add(2, null, "The file has a header but no rows", UserErrorCode.REQUIRED);
    return [];
  }
  const width = table.header.length;
  const rows: CsvRow[] = [];
  for (const record of table.records) {
    if (record.fields.length > width && record.fields.slice(width).some((field) => field.trim() !== "")) {
      errors.add(
        record.line,
        null,
        `This row has ${record.fields.length} fields but the header names ${width} columns (a separator inside a value must be quoted)`,
        UserErrorCode.INVALID,
      );
      continue;
    }
    const fields = record.fields;
    rows.push({
      line: record.line,
      value: (column) => {
        const position = positions.get(column);
        return position === undefined ? "" : (fields[position] ?? "").trim();
      },
    });
  }
  return rows;
}

/** A file's own duplicates: the first line that used a key, for the message of a later one. */
export class FirstSeen {
  private readonly lines = new Map<string, number>();

  /** The earlier line with this key, or undefined (and the key is remembered for this line). */
  check(key: string, line: number): number | undefined {
    const earlier = this.lines.get(key);
    if (earlier === undefined) this.lines.set(key, line);
    return earlier;
  }
}

/** Values a spreadsheet writes for yes and no (blank is no); undefined for anything else. */
export function parseYesNo(value: string): boolean | undefined {
  const text = value.trim().toLowerCase();
  if (["", "0", "false", "no", "n", "tidak"].includes(text)) return false;
  if (["1", "true", "yes", "y", "ya"].includes(text)) return true;
  return undefined;
}

/** A calendar date as YYYY-MM-DD, or as DD/MM/YYYY (Indonesian spreadsheets); undefined when it is neither. */
export function parseCsvDate(value: string): string | undefined {
  let iso = value.trim();
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(iso);
  if (local) iso = `${local[3]}-${local[2].padStart(2, "0")}-${local[1].padStart(2, "0")}`;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === iso ? iso : undefined;
}

/** Whole rupiah: "1500000", "1.500.000", "Rp 1.500.000"; undefined when it is not a whole amount. */
export function parseRupiah(value: string): number | undefined {
  const text = value.trim().replace(/^rp\.?\s*/i, "");
  if (!/^\d{1,3}([.,]\d{3})+$|^\d+$/.test(text)) return undefined;
  const amount = Number(text.replace(/[.,]/g, ""));
  return Number.isSafeInteger(amount) ? amount : undefined;
}

/** A whole number of people, items…; undefined when it is not one. */
export function parseWholeNumber(value: string): number | undefined {
  const text = value.trim();
  if (!/^-?\d{1,9}$/.test(text)) return undefined;
  return Number(text);
}

/** The deepest region holding every row (a kecamatan, a regency, a province), so regional readers find the entry. */
export function commonRegion(codes: Iterable<string>): string | null {
  let common: string[] | null = null;
  for (const code of codes) {
    const parts = code.split(".");
    if (common === null) common = parts;
    else {
      let same = 0;
      while (same < common.length && common[same] === parts[same]) same++;
      common = common.slice(0, same);
    }
  }
  return common?.length ? common.join(".") : null;
}
