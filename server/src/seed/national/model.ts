import type {
  AgentRecord,
  BpjsOfficeRecord,
  ChapterRecord,
  ContributionRecord,
  MouRecord,
  ParticipantRecord,
  PerisaiOfficeRecord,
  RegionTargetRecord,
  UmkmRecord,
} from "../demo/model";
import type { NationalSize } from "./generate";

/** A contribution row with the agent and office of its participant, as recordContribution writes them. */
export type NationalContribution = ContributionRecord & { agentId: number; officeId: number };

/**
 * The national data set: the small tables as arrays (like the demo's DataSet), the large ones as
 * functions that start a fresh, identical pass over generated rows each time they are called.
 */
export interface NationalDataSet {
  size: NationalSize;
  chapters: ChapterRecord[];
  bpjsOffices: BpjsOfficeRecord[];
  mous: MouRecord[];
  perisaiOffices: PerisaiOfficeRecord[];
  agents: AgentRecord[];
  regionTargets: RegionTargetRecord[];
  umkmCountByDistrict: Map<string, number>;
  umkms: () => Iterable<UmkmRecord>;
  participants: () => Iterable<ParticipantRecord>;
  contributions: () => Iterable<NationalContribution>;
}
