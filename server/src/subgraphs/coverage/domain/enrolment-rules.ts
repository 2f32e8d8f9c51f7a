import type { Program } from "./contribution-rates";

/** JKK and JKM protect every BPU participant; JHT (old-age savings) is the participant's choice. */
export const MANDATORY_PROGRAMS: readonly Program[] = ["JKK", "JKM"];

const PROGRAM_ORDER: readonly Program[] = ["JKK", "JKM", "JHT"];

/**
 * Far above any BPU income bracket, and it keeps every amount (2 % of it at most) inside a 32-bit
 * integer column; a larger figure is a typing mistake, not an income.
 */
export const MAXIMUM_DECLARED_INCOME = 1_000_000_000;

/** Programs without repeats, in the order the cards print them (JKK, JKM, JHT). */
export function canonicalPrograms<P extends Program>(programs: readonly P[]): P[] {
  return [...new Set(programs)].sort((a, b) => PROGRAM_ORDER.indexOf(a) - PROGRAM_ORDER.indexOf(b));
}

export function missingMandatoryPrograms(programs: readonly Program[]): Program[] {
  return MANDATORY_PROGRAMS.filter((program) => !programs.includes(program));
}
