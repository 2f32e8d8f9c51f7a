import { registerEnumType } from "type-graphql";

/** The four levels of BPJAMSOSTEK offices, from the head office down. */
export enum BpjsOfficeKind {
  PUSAT = "PUSAT",
  WILAYAH = "WILAYAH",
  CABANG = "CABANG",
  KCP = "KCP",
}

registerEnumType(BpjsOfficeKind, {
  name: "BpjsOfficeKind",
  description: "Level of a BPJAMSOSTEK office: Kantor Pusat → Kantor Wilayah → Kantor Cabang → Kantor Cabang Perintis.",
  valuesConfig: {
    PUSAT: { description: "Kantor Pusat, the head office in Jakarta; it has no parent." },
    WILAYAH: { description: "Kantor Wilayah, a regional office under the Kantor Pusat." },
    CABANG: { description: "Kantor Cabang, a branch under a Kantor Wilayah (e.g. Batam Nagoya)." },
    KCP: { description: "Kantor Cabang Perintis, a pioneer branch under a Kantor Cabang." },
  },
});
