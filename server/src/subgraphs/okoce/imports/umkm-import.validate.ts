import type { Viewer } from "../../../shared/auth/viewer";
import type { Em } from "../../../shared/db/orm";
import { Problems } from "../../../shared/graphql/mutation";
import { UserErrorCode } from "../../../shared/graphql/user-error";
import {
  FirstSeen,
  parseCsvDate,
  parseRupiah,
  parseWholeNumber,
  parseYesNo,
  problemsOf,
  readCsvRows,
  RowErrors,
  ROWS_PER_YIELD,
  yieldToEventLoop,
  type CsvRow,
} from "../../../shared/import/rows";
import { localIdOf } from "../../../shared/graphql/global-id";
import { liesWithin, regionCodeLevel } from "../domain/region-codes";
import { isUmkmSector } from "../domain/umkm-sectors";
import { SevenPasStage } from "../entities/seven-pas-stage";
import { UmkmClass } from "../entities/umkm-class";
import { checkKecamatan, checkNik, optionalPhone, requiredName } from "../validation/fields";
import type { UmkmDraft } from "../validation/umkm-rules";
import { umkmClassProblems } from "../domain/umkm-class-criteria";
import { jakartaToday } from "../../../shared/calendar";
import { MAX_UMKM_IMPORT_ROWS, UMKM_IMPORT_COLUMNS } from "./umkm-import.columns";

export interface CheckedUmkmFile {
  rowCount: number;
  errors: RowErrors;
  /** The rows to write, in file order; complete only when errors is empty. */
  drafts: UmkmDraft[];
}

const LABELS: Record<string, string> = {
  ownerNik: "Owner NIK",
  umkmClass: "UMKM class",
  sector: "Sector",
  kecamatanCode: "Kecamatan",
  workers: "Workers",
  joinedOn: "Joining date",
};

/** What an import's lookups found in the database for the whole file, fetched once rather than per row. */
interface Known {
  villages: Set<string>;
  chapters: Map<number, { name: string; regionCode: string | null }>;
  /** "<owner NIK>|<business name, lower case>" of the UMKM already registered with the file's NIKs. */
  registered: Set<string>;
}

const UMKM_CLASSES = Object.values(UmkmClass);
const STAGES = Object.values(SevenPasStage);

const duplicateKey = (nik: string, businessName: string) => `${nik}|${businessName.toLowerCase()}`;

function toArrayLiteral(values: Iterable<string>): string {
  return `{${[...values].map((value) => `"${value.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;
}

async function lookUp(em: Em, rows: readonly CsvRow[]): Promise<Known> {
  const villageCodes = new Set<string>();
  const chapterIds = new Set<number>();
  const niks = new Set<string>();
  for (const row of rows) {
    const village = row.value("villageCode");
    if (regionCodeLevel(village) === "VILLAGE") villageCodes.add(village);
    const chapterId = localIdOf(row.value("chapterId"), "OkOceChapter");
    if (chapterId !== null) chapterIds.add(chapterId);
    const nik = row.value("ownerNik");
    if (/^\d{16}$/.test(nik)) niks.add(nik);
  }
  const connection = em.getConnection();
  const [villages, chapters, registered] = await Promise.all([
    villageCodes.size
      ? connection.execute<{ code: string }[]>(
          "select code from regions.published_region where level = 'VILLAGE' and code = any(?::text[])",
          [toArrayLiteral(villageCodes)],
        )
      : [],
    chapterIds.size
      ? connection.execute<{ id: number; name: string; region_code: string | null }[]>(
          'select "id", "name", "region_code" from "okoce"."chapter" where "id" = any(?::int[])',
          [`{${[...chapterIds].join(",")}}`],
        )
      : [],
    niks.size
      ? connection.execute<{ owner_nik: string; business_name: string }[]>(
          'select "owner_nik", "business_name" from "okoce"."umkm" where "owner_nik" = any(?::text[])',
          [toArrayLiteral(niks)],
        )
      : [],
  ]);
  return {
    villages: new Set(villages.map((row) => row.code)),
    chapters: new Map(chapters.map((row) => [row.id, { name: row.name, regionCode: row.region_code }])),
    registered: new Set(registered.map((row) => duplicateKey(row.owner_nik, row.business_name))),
  };
}

function required(problems: Problems, row: CsvRow, column: string): string | undefined {
  const value = row.value(column);
  if (value === "") {
    problems.add(column, `${LABELS[column]} is required`, UserErrorCode.REQUIRED);
    return undefined;
  }
  return value;
}

function oneOf<T extends string>(problems: Problems, column: string, value: string, allowed: readonly T[]): T {
  const upper = value.toUpperCase() as T;
  if (!allowed.includes(upper))
    problems.add(column, `"${value}" is not one of ${allowed.join(", ")}`, UserErrorCode.INVALID);
  return upper;
}

/** Checks one row with the rules of createUmkm; gives the draft and the row's problems. */
async function checkRow(
  em: Em,
  viewer: Viewer,
  row: CsvRow,
  known: Known,
  day: FileDay,
): Promise<{ draft: UmkmDraft; problems: Problems }> {
  const problems = new Problems();
  const districtCode = required(problems, row, "kecamatanCode") ?? "";
  const placeKnown = districtCode !== "" && (await checkKecamatan(em, problems, "kecamatanCode", districtCode));
  if (placeKnown && !viewer.seesRegion(districtCode)) {
    problems.add("kecamatanCode", `Kecamatan "${districtCode}" is outside your territory`, UserErrorCode.FORBIDDEN);
  }
  const nik = required(problems, row, "ownerNik");
  const umkmClass = required(problems, row, "umkmClass");
  const sector = required(problems, row, "sector");
  if (sector !== undefined && !isUmkmSector(sector)) {
    problems.add("sector", `"${sector}" is not one of umkmSectors`, UserErrorCode.INVALID);
  }
  const streetVendor = parseYesNo(row.value("streetVendor"));
  if (streetVendor === undefined)
    problems.add("streetVendor", "Write ya/tidak (yes/no, 1/0, true/false)", UserErrorCode.INVALID);
  const workersText = required(problems, row, "workers");
  const workers = workersText === undefined ? 0 : parseWholeNumber(workersText);
  if (workers === undefined) problems.add("workers", "Workers must be a whole number", UserErrorCode.INVALID);
  else if (workers < 0) problems.add("workers", "Workers cannot be negative", UserErrorCode.OUT_OF_RANGE);
  const joinedText = required(problems, row, "joinedOn");
  const joinedOn = joinedText === undefined ? undefined : day.date(joinedText);
  if (joinedText !== undefined && joinedOn === undefined) {
    problems.add("joinedOn", "Write the joining date as YYYY-MM-DD or DD/MM/YYYY", UserErrorCode.INVALID);
  }
  if (joinedOn && joinedOn > day.today) {
    problems.add("joinedOn", "Joining date cannot be in the future", UserErrorCode.OUT_OF_RANGE);
  }
  const stageText = row.value("stage");
  const amounts = (["businessCapital", "annualSales"] as const).map((column) => {
    const text = row.value(column);
    if (text === "") return null;
    const amount = parseRupiah(text);
    if (amount === undefined)
      problems.add(column, "Write a whole rupiah amount, e.g. 250000000 or 250.000.000", UserErrorCode.INVALID);
    return amount ?? null;
  });
  const chapterText = row.value("chapterId");
  const chapterId = chapterText === "" ? null : localIdOf(chapterText, "OkOceChapter");
  if (chapterText !== "" && chapterId === null)
    problems.add("chapterId", "Not a valid OkOceChapter ID", UserErrorCode.INVALID);
  const draft: UmkmDraft = {
    businessName: requiredName(problems, "businessName", "Business name", row.value("businessName")) ?? "",
    ownerName: requiredName(problems, "ownerName", "Owner name", row.value("ownerName")) ?? "",
    ownerNik: nik === undefined ? "" : await checkNik(em, problems, "ownerNik", nik),
    phone: optionalPhone(problems, "phone", row.value("phone")),
    umkmClass: umkmClass === undefined ? UmkmClass.MIKRO : oneOf(problems, "umkmClass", umkmClass, UMKM_CLASSES),
    sector: sector ?? "",
    streetVendor: streetVendor ?? false,
    districtCode,
    villageCode: row.value("villageCode") || null,
    workers: workers ?? 0,
    joinedOn: joinedOn ?? "",
    stage: stageText === "" ? SevenPasStage.P1 : oneOf(problems, "stage", stageText, STAGES),
    chapterId,
    businessCapital: amounts[0],
    annualSales: amounts[1],
  };
  if (umkmClass !== undefined && UMKM_CLASSES.includes(draft.umkmClass)) checkClassOn(problems, draft, day.today);
  if (placeKnown) checkPlace(problems, draft, known);
  return { draft, problems };
}

/**
 * checkClass (umkm-rules) with the day fixed once per file: reading the Jakarta clock per row was a third of
 * the time a 81,486-row file took to check.
 */
function checkClassOn(problems: Problems, draft: UmkmDraft, today: string): void {
  const figures = { businessCapital: draft.businessCapital, annualSales: draft.annualSales };
  for (const problem of umkmClassProblems(draft.umkmClass, figures, today)) {
    problems.add(
      problem.field,
      problem.message,
      problem.kind === "ABOVE_UMKM" ? UserErrorCode.OUT_OF_RANGE : UserErrorCode.INVALID,
    );
  }
}

/** The file's day (Asia/Jakarta) and its dates, each distinct text parsed once (a file repeats its dates). */
class FileDay {
  readonly today = jakartaToday();
  private readonly parsed = new Map<string, string | undefined>();

  date(text: string): string | undefined {
    if (!this.parsed.has(text)) this.parsed.set(text, parseCsvDate(text));
    return this.parsed.get(text);
  }
}

/** The village and the fostering chapter, with the messages of checkVillage and checkFosteringChapter. */
function checkPlace(problems: Problems, draft: UmkmDraft, known: Known): void {
  const village = draft.villageCode;
  if (village !== null) {
    if (regionCodeLevel(village) !== "VILLAGE") {
      problems.add(
        "villageCode",
        `"${village}" is not a village code; write it like "21.71.06.1001"`,
        UserErrorCode.INVALID,
      );
    } else if (!liesWithin(village, draft.districtCode)) {
      problems.add(
        "villageCode",
        `Village "${village}" is not in kecamatan "${draft.districtCode}"`,
        UserErrorCode.INVALID,
      );
    } else if (!known.villages.has(village)) {
      problems.add("villageCode", `No village has the code "${village}"`, UserErrorCode.NOT_FOUND);
    }
  }
  if (draft.chapterId !== null) {
    const chapter = known.chapters.get(draft.chapterId);
    if (!chapter) {
      problems.add("chapterId", "No chapter has this ID", UserErrorCode.NOT_FOUND);
    } else if (chapter.regionCode !== null && !liesWithin(draft.districtCode, chapter.regionCode)) {
      problems.add(
        "chapterId",
        `Chapter "${chapter.name}" works in region "${chapter.regionCode}", which does not contain kecamatan "${draft.districtCode}"`,
        UserErrorCode.INVALID,
      );
    }
  }
}

/**
 * Checks every row of a UMKM file with createUmkm's rules, the viewer's territory, and duplicates (the same
 * owner NIK and business name) within the file and against the registry. Writes nothing.
 */
export async function checkUmkmFile(em: Em, viewer: Viewer, csv: string): Promise<CheckedUmkmFile> {
  const errors = new RowErrors();
  const rows = readCsvRows(csv, UMKM_IMPORT_COLUMNS, errors);
  if (rows.length > MAX_UMKM_IMPORT_ROWS) {
    errors.add(
      rows[MAX_UMKM_IMPORT_ROWS].line,
      null,
      `A file may hold at most ${MAX_UMKM_IMPORT_ROWS.toLocaleString("en")} rows; split it`,
      UserErrorCode.OUT_OF_RANGE,
    );
    return { rowCount: rows.length, errors, drafts: [] };
  }
  const known = await lookUp(em, rows);
  const day = new FileDay();
  const seen = new FirstSeen();
  const drafts: UmkmDraft[] = [];
  for (const [index, row] of rows.entries()) {
    if (index % ROWS_PER_YIELD === ROWS_PER_YIELD - 1) await yieldToEventLoop();
    const { draft, problems } = await checkRow(em, viewer, row, known, day);
    if (draft.ownerNik && draft.businessName) {
      const key = duplicateKey(draft.ownerNik, draft.businessName);
      const earlier = seen.check(key, row.line);
      if (earlier !== undefined) {
        problems.add("businessName", `Line ${earlier} has the same owner NIK and business name`, UserErrorCode.TAKEN);
      } else if (known.registered.has(key)) {
        problems.add(
          "businessName",
          "A UMKM with this owner NIK and business name is already registered",
          UserErrorCode.TAKEN,
        );
      }
    }
    const rowProblems = problemsOf(problems);
    if (rowProblems.length) errors.addUserErrors(row.line, rowProblems, (field) => field || null);
    else drafts.push(draft);
  }
  return { rowCount: rows.length, errors, drafts };
}
