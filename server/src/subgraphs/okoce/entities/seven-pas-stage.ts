import { registerEnumType } from "type-graphql";

/** OK OCE's seven steps for a member business, "7PAS", in the order a member goes through them. */
export enum SevenPasStage {
  P1 = "P1",
  P2 = "P2",
  P3 = "P3",
  P4 = "P4",
  P5 = "P5",
  P6 = "P6",
  P7 = "P7",
}

registerEnumType(SevenPasStage, {
  name: "SevenPasStage",
  description: "The step of OK OCE's 7PAS programme a member business has reached.",
  valuesConfig: {
    P1: { description: "Pendaftaran: registration as an OK OCE member." },
    P2: { description: "Pelatihan: entrepreneurship training." },
    P3: { description: "Pendampingan: mentoring." },
    P4: { description: "Perizinan: business licensing (NIB and permits)." },
    P5: { description: "Pemasaran: marketing and market access." },
    P6: { description: "Pelaporan keuangan: financial reporting." },
    P7: { description: "Permodalan: access to financing." },
  },
});
