import { registerEnumType } from "type-graphql";

/** The BPJAMSOSTEK programs a BPU participant can join. */
export enum Program {
  JKK = "JKK",
  JKM = "JKM",
  JHT = "JHT",
}

registerEnumType(Program, {
  name: "Program",
  description: "BPJAMSOSTEK programs for BPU (Bukan Penerima Upah) participants.",
  valuesConfig: {
    JKK: { description: "Jaminan Kecelakaan Kerja (work accident), mandatory for BPU." },
    JKM: { description: "Jaminan Kematian (death), mandatory for BPU." },
    JHT: { description: "Jaminan Hari Tua (old-age savings), optional." },
  },
});
