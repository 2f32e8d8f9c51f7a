import { registerEnumType } from "type-graphql";

export enum UmkmClass {
  MIKRO = "MIKRO",
  KECIL = "KECIL",
  MENENGAH = "MENENGAH",
}

registerEnumType(UmkmClass, {
  name: "UmkmClass",
  description: "Size class of a business under PP 7/2021 (by business capital or annual sales).",
  valuesConfig: {
    MIKRO: { description: "Usaha mikro: capital up to Rp1 billion, or annual sales up to Rp2 billion." },
    KECIL: { description: "Usaha kecil: capital up to Rp5 billion, or annual sales up to Rp15 billion." },
    MENENGAH: { description: "Usaha menengah: capital up to Rp10 billion, or annual sales up to Rp50 billion." },
  },
});
