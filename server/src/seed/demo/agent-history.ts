/**
 * Agent careers: candidate → active, and for some a suspension, a dismissal, a resignation or a rejoin
 * after the six-month wait (DESIGN.md §3). Each career is a list of steps with a plausible gap in days
 * before each; the steps are laid out so the last one falls no later than today.
 */
import { dateOfDay, dayOf } from "./dates";
import type { AgentStatus, AgentStatusChangeRecord } from "./model";
import type { Random } from "./random";

/** Days (numbers since 1970-01-01) in which an agent was active, both ends included. */
export interface ActiveWindow {
  from: number;
  to: number;
}

export interface Career {
  history: AgentStatusChangeRecord[];
  windows: ActiveWindow[];
}

interface Step {
  status: AgentStatus;
  minGap: number;
  maxGap: number;
  reasons: string[];
}

const APPOINTMENT_REASONS = [
  "Diusulkan Kantor Perisai sebagai calon Agen Perisai",
  "Pendaftaran calon Agen Perisai dari UMKM binaan OK OCE",
];

const ACTIVATION: Step = {
  status: "ACTIVE",
  minGap: 3,
  maxGap: 14,
  reasons: ["Lulus verifikasi data dan pelatihan program BPJAMSOSTEK", "Perjanjian keagenan ditandatangani"],
};
const SUSPENSION: Step = {
  status: "SUSPENDED",
  minGap: 60,
  maxGap: 700,
  reasons: [
    "Verifikasi ulang data peserta yang didaftarkan",
    "Pengaduan peserta sedang ditinjau Kantor Perisai",
    "Iuran peserta terlambat disetorkan",
  ],
};
const REINSTATEMENT: Step = {
  status: "ACTIVE",
  minGap: 14,
  maxGap: 60,
  reasons: ["Hasil peninjauan: tidak ditemukan pelanggaran", "Setoran iuran peserta telah dilunasi"],
};
const RESIGNATION: Step = {
  status: "TERMINATED",
  minGap: 60,
  maxGap: 900,
  reasons: ["Mengundurkan diri atas permintaan sendiri", "Pindah domisili ke luar wilayah kerja"],
};
const DISMISSAL: Step = {
  status: "TERMINATED",
  minGap: 14,
  maxGap: 60,
  reasons: ["Pelanggaran kode etik Agen Perisai terbukti", "Tidak memenuhi kewajiban setoran iuran peserta"],
};
const REAPPLICATION: Step = {
  status: "CANDIDATE",
  minGap: 183,
  maxGap: 400,
  reasons: ["Mendaftar kembali setelah masa tunggu enam bulan"],
};

const CAREERS: Step[][] = [
  [],
  [ACTIVATION],
  [ACTIVATION, SUSPENSION],
  [ACTIVATION, SUSPENSION, REINSTATEMENT],
  [ACTIVATION, RESIGNATION],
  [ACTIVATION, SUSPENSION, DISMISSAL],
  [ACTIVATION, RESIGNATION, REAPPLICATION, ACTIVATION],
];
/** Shares of the careers above: most agents are simply active. */
const CAREER_WEIGHTS = [4, 78, 4, 3, 6, 3, 2];
/** A candidate is verified within two weeks, so open candidacies are recent. */
const MAX_OPEN_CANDIDACY_DAYS = 14;
/** Offices appoint most of their agents in their first years, then top up: appointments skew early. */
const APPOINTMENT_SKEW = 1.6;

/** A career starting no earlier than `earliest` and ending no later than `today` (both "YYYY-MM-DD"). */
export function buildCareer(rng: Random, earliest: string, today: string): Career {
  const first = dayOf(earliest);
  const last = dayOf(today);
  const wanted = rng.weighted(CAREERS, CAREER_WEIGHTS);
  // Careers too long for the time since the office opened fall back to the shortest that fits.
  const steps = [wanted, CAREERS[1], CAREERS[0]].find((candidate) => first <= last - minimumSpan(candidate))!;
  const appointed =
    steps.length === 0
      ? Math.max(first, last - rng.int(0, MAX_OPEN_CANDIDACY_DAYS - 1))
      : rng.skewedInt(first, last - minimumSpan(steps), APPOINTMENT_SKEW);
  const days = [appointed];
  steps.forEach((step, index) => {
    const previous = days[days.length - 1];
    const latest = Math.min(previous + step.maxGap, last - minimumSpan(steps.slice(index + 1)));
    days.push(rng.int(previous + step.minGap, Math.max(previous + step.minGap, latest)));
  });
  const history = [{ status: "CANDIDATE", reasons: APPOINTMENT_REASONS } as const, ...steps].map((step, index) => ({
    status: step.status,
    on: dateOfDay(days[index]),
    reason: rng.pick(step.reasons),
  }));
  return { history, windows: activeWindows(history, days, last) };
}

function minimumSpan(steps: Step[]): number {
  return steps.reduce((sum, step) => sum + step.minGap, 0);
}

function activeWindows(history: AgentStatusChangeRecord[], days: number[], last: number): ActiveWindow[] {
  return history.flatMap((change, index) =>
    change.status === "ACTIVE" ? [{ from: days[index], to: index + 1 < days.length ? days[index + 1] - 1 : last }] : [],
  );
}
