import { useT } from "../../i18n/i18n";

/** The BPU programs (the API's Program enum), in the order the cards print them. */
export const PROGRAMS = ["JKK", "JKM", "JHT"] as const;
export type Program = (typeof PROGRAMS)[number];

/** JKK and JKM protect every BPU participant; JHT is the participant's choice. */
export const MANDATORY_PROGRAMS: readonly Program[] = ["JKK", "JKM"];

export function isProgram(value: string | null | undefined): value is Program {
  return PROGRAMS.includes(value as Program);
}

/** "Jaminan Kecelakaan Kerja" with what it covers, in the current language. */
export function useProgramName() {
  const t = useT();
  return (program: string) => (isProgram(program) ? t(`participants.program.${program}`) : program);
}
