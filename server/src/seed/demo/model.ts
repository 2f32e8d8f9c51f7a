/**
 * The records of a seeded data set, independent of any table: the generator produces them, and each
 * subgraph's loader writes the ones it owns into its own schema with COPY. Ids are the row ids the
 * loaders must use, so references across subgraphs line up. Dates are "YYYY-MM-DD", months "YYYY-MM".
 */
export type ChapterLevel = "NATIONAL" | "PROVINCE" | "REGENCY" | "DISTRICT";
export type UmkmClass = "MIKRO" | "KECIL" | "MENENGAH";
export type SevenPasStage = "P1" | "P2" | "P3" | "P4" | "P5" | "P6" | "P7";
export type BpjsOfficeKind = "PUSAT" | "WILAYAH" | "CABANG" | "KCP";
export type PerisaiOfficeStatus = "PROPOSED" | "ACTIVE" | "UNDER_REVIEW" | "CLOSED";
export type AgentStatus = "CANDIDATE" | "ACTIVE" | "SUSPENDED" | "TERMINATED";
export type Program = "JKK" | "JKM" | "JHT";
export type ParticipantStatus = "ACTIVE" | "LAPSED";
export type Sex = "MALE" | "FEMALE";

export interface ChapterRecord {
  id: number;
  parentId: number | null;
  level: ChapterLevel;
  name: string;
  brand: string;
  regionCode: string | null;
  coordinatorName: string;
  coordinatorPhone: string | null;
  foundedOn: string;
}

export interface UmkmRecord {
  id: number;
  businessName: string;
  ownerName: string;
  ownerNik: string;
  phone: string | null;
  umkmClass: UmkmClass;
  sector: string;
  streetVendor: boolean;
  districtCode: string;
  villageCode: string | null;
  workers: number;
  joinedOn: string;
  stage: SevenPasStage;
  chapterId: number | null;
}

export interface BpjsOfficeRecord {
  id: number;
  parentId: number | null;
  kind: BpjsOfficeKind;
  name: string;
  regionCode: string;
  headName: string;
  address: string | null;
}

export interface MouRecord {
  id: number;
  number: string;
  title: string;
  bpjsOfficeId: number;
  chapterId: number;
  signedOn: string;
  place: string;
  bpjsSignatory: string;
  bpjsSignatoryTitle: string;
  okoceSignatory: string;
  okoceSignatoryTitle: string;
  scope: string;
  validFrom: string;
  validUntil: string | null;
  umkmTarget: number;
}

export interface PerisaiOfficeRecord {
  id: number;
  parentId: number | null;
  name: string;
  regionCode: string;
  hostChapterId: number | null;
  supervisingBranchId: number;
  mouId: number | null;
  status: PerisaiOfficeStatus;
  pioneer: boolean;
  monthlyTarget: number;
  establishedOn: string;
  address: string | null;
}

export interface AgentStatusChangeRecord {
  status: AgentStatus;
  on: string;
  reason: string;
}

export interface AgentRecord {
  id: number;
  agentNumber: string;
  name: string;
  nik: string;
  phone: string;
  umkmId: number | null;
  officeId: number;
  territory: string[];
  status: AgentStatus;
  appointedOn: string;
  history: AgentStatusChangeRecord[];
}

export interface ParticipantRecord {
  id: number;
  nik: string;
  kpjNumber: string;
  name: string;
  birthDate: string;
  sex: Sex;
  phone: string | null;
  declaredIncome: number;
  programs: Program[];
  districtCode: string;
  umkmId: number | null;
  agentId: number;
  officeId: number;
  status: ParticipantStatus;
  registeredOn: string;
}

/** One month's payment for one participant, with the amount per program. */
export interface ContributionRecord {
  id: number;
  participantId: number;
  period: string;
  jkk: number;
  jkm: number;
  jht: number;
  paidOn: string;
  clientKey: string;
}

export interface RegionTargetRecord {
  regionCode: string;
  umkmTarget: number;
  source: string;
  asOf: string;
}

export interface DataSet {
  chapters: ChapterRecord[];
  umkms: UmkmRecord[];
  bpjsOffices: BpjsOfficeRecord[];
  mous: MouRecord[];
  perisaiOffices: PerisaiOfficeRecord[];
  agents: AgentRecord[];
  participants: ParticipantRecord[];
  /**
   * The contribution rows, produced on demand: there are about a million of them, more than a data set
   * should hold in memory. Every call starts a fresh pass that yields the same rows in the same order,
   * ids ascending from 1.
   */
  contributions: () => Iterable<ContributionRecord>;
  regionTargets: RegionTargetRecord[];
}
