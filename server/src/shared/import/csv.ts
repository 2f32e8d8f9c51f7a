/**
 * CSV as spreadsheets write it: comma- or semicolon-separated (the separator is read from the header line;
 * Indonesian Excel writes ";"), fields optionally in double quotes with "" for a quote and line breaks
 * inside, CRLF or LF, UTF-8 with or without a byte-order mark. Blank lines are skipped.
 */
export interface CsvRecord {
  /** The line of the file where the record starts (1 is the header), as a spreadsheet user counts them. */
  line: number;
  fields: string[];
}

export interface CsvTable {
  separator: "," | ";";
  header: string[];
  records: CsvRecord[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** The separator of the header line: whichever of "," and ";" occurs more often outside quotes. */
export function detectSeparator(text: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === "\n" || char === "\r") break;
    else if (char === ",") commas++;
    else if (char === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

/** Parses the whole text; throws CsvSyntaxError (with its line) for a quote that never closes or stray text after one. */
export function parseCsv(input: string): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const separator = detectSeparator(text);
  const rows: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let index = 0;
  let fieldStarted = false;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0].trim() !== "") rows.push({ line: recordLine, fields });
    fields = [];
    field = "";
    fieldStarted = false;
  };
  while (index < text.length) {
    const char = text[index];
    if (char === '"' && !fieldStarted) {
      const quoteLine = line;
      index++;
      for (;;) {
        const quote = text.indexOf('"', index);
        if (quote < 0) throw new CsvSyntaxError(quoteLine, 'A quoted field never ends (a closing " is missing)');
        const part = text.slice(index, quote);
        line += countLineBreaks(part);
        field += part;
        if (text[quote + 1] === '"') {
          field += '"';
          index = quote + 2;
          continue;
        }
        index = quote + 1;
        break;
      }
      fieldStarted = true;
      const next = text[index];
      if (next !== undefined && next !== separator && next !== "\r" && next !== "\n") {
        throw new CsvSyntaxError(line, 'Text after a closing quote: write a quote inside a quoted field as ""');
      }
    } else if (char === separator) {
      fields.push(field);
      field = "";
      fieldStarted = false;
      index++;
    } else if (char === "\r" || char === "\n") {
      endRecord();
      index += char === "\r" && text[index + 1] === "\n" ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      let stop = index + 1;
      while (stop < text.length) {
        const next = text[stop];
        if (next === separator || next === "\r" || next === "\n") break;
        stop++;
      }
      field += text.slice(index, stop);
      fieldStarted = true;
      index = stop;
    }
  }
  if (field !== "" || fields.length > 0) endRecord();
  const [header, ...records] = rows;
  return { separator, header: header?.fields.map((name) => name.trim()) ?? [], records };
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let index = text.indexOf("\n"); index >= 0; index = text.indexOf("\n", index + 1)) count++;
  return count;
}

/** A header name as it is matched: "Owner NIK", "owner_nik" and "ownerNik" are the same column. */
export function headerKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}
