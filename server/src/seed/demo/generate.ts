/**
 * The `demo` data set (DESIGN.md §6): the real Batam pioneer, Batam at its real size, and a thin national
 * network in every province, all synthetic except the pioneer facts in pioneer.ts. The same seed and
 * `today` always give the same data set.
 */
import { buildAgents } from "./agents";
import { buildBpjsOffices } from "./bpjs-offices";
import { buildChapters } from "./chapters";
import { contributionStream } from "./contributions";
import { jakartaToday } from "../../shared/calendar";
import { Geography } from "./geography";
import type { DataSet } from "./model";
import { buildMous } from "./mous";
import { buildParticipants } from "./participants";
import { NikRegistry } from "./people";
import { buildPerisaiOffices } from "./perisai-offices";
import { BATAM_TARGET } from "./pioneer";
import { Random, streamSeed } from "./random";
import { buildUmkms } from "./umkms";

export interface DemoOptions {
  seed?: number;
  /** "YYYY-MM-DD"; defaults to today in Asia/Jakarta. Nothing in the data set is dated after it. */
  today?: string;
}

/** The MoU's date, 9 July 2020. */
export const DEFAULT_SEED = 20200709;
/** The synthetic network (MoUs to mid 2024, offices opened after them) must already exist on `today`. */
const EARLIEST_TODAY = "2025-01-01";

export function generateDemo(options: DemoOptions = {}): DataSet {
  const seed = options.seed ?? DEFAULT_SEED;
  const today = options.today ?? jakartaToday();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || today < EARLIEST_TODAY) {
    throw new Error(`today must be a date "YYYY-MM-DD" on or after ${EARLIEST_TODAY}, got "${today}"`);
  }
  const rngFor = (stream: string): Random => new Random(streamSeed(seed, stream));
  const geography = new Geography();
  const niks = new NikRegistry();
  const bpjs = buildBpjsOffices(geography, rngFor("bpjs-offices"));
  const chapters = buildChapters(geography, rngFor("chapters"));
  const mous = buildMous(geography, bpjs, chapters, today, rngFor("mous"));
  const perisai = buildPerisaiOffices(geography, bpjs, chapters, mous, rngFor("perisai-offices"));
  const umkms = buildUmkms({ geography, niks, today, rng: rngFor("umkms") }, chapters);
  const agents = buildAgents({ umkms, today, rng: rngFor("agents") }, perisai.recruiting);
  const participants = buildParticipants({ geography, umkms, agents, niks, today, rng: rngFor("participants") });
  return {
    chapters: chapters.records,
    umkms: umkms.records,
    bpjsOffices: bpjs.records,
    mous: mous.records,
    perisaiOffices: perisai.records,
    agents: agents.records,
    participants: participants.records,
    contributions: contributionStream(participants, today, streamSeed(seed, "contributions")),
    regionTargets: [BATAM_TARGET],
  };
}
