import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date, "YYYY-MM-DD", as Indonesian offices write it on paper (Asia/Jakarta, no time). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function parseDate(value: unknown): string {
  if (typeof value !== "string" || !isIsoDate(value)) {
    throw new GraphQLError("Date must be a real calendar date written YYYY-MM-DD", {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return value;
}

export const DateScalar = new GraphQLScalarType({
  name: "Date",
  description: "A calendar date in ISO-8601 form (YYYY-MM-DD), in the Asia/Jakarta calendar.",
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parseDate(value);
  },
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseRupiah(value: unknown): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new GraphQLError("Amounts are whole rupiah, zero or more", { extensions: { code: "BAD_USER_INPUT" } });
  }
  return value;
}

export const RupiahScalar = new GraphQLScalarType({
  name: "Rupiah",
  description: "An amount of money in whole Indonesian rupiah (IDR), zero or more; never a fraction.",
  serialize: (value) => (typeof value === "string" ? Number(value) : parseRupiah(value)),
  parseValue: parseRupiah,
  parseLiteral: (ast) => parseRupiah(ast.kind === Kind.INT ? Number(ast.value) : undefined),
});

/** A calendar month, "YYYY-MM": contribution periods, commission months. */
export const MonthScalar = new GraphQLScalarType({
  name: "Month",
  description: "A calendar month in ISO-8601 form (YYYY-MM).",
  serialize: (value) => String(value),
  parseValue: parseMonth,
  parseLiteral: (ast) => parseMonth(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseMonth(value: unknown): string {
  if (typeof value !== "string" || !/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) {
    throw new GraphQLError("Month must be written YYYY-MM", { extensions: { code: "BAD_USER_INPUT" } });
  }
  return value;
}
