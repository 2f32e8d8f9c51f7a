import { describe, expect, it } from "vitest";
import { draftOf, inputOf, type StoredUmkm } from "./umkm-draft";

const stored: StoredUmkm = {
  businessName: "Warung Sari",
  ownerName: "Sari Wulandari",
  ownerNik: "2171************",
  phone: "+62812******90",
  umkmClass: "MIKRO",
  sector: "Kuliner",
  streetVendor: true,
  kecamatan: { code: "21.71.10", name: "Batam Kota" },
  village: { code: "21.71.10.1001" },
  workers: 2,
  joinedOn: "2021-03-01",
  stage: "P2",
  businessCapital: null,
  annualSales: 120_000_000,
};

describe("the UMKM form's input", () => {
  it("sends only what changed on an edit, keeping a masked NIK and phone left empty", () => {
    const draft = { ...draftOf(stored), businessName: "Warung Sari Rasa ", workers: "3" };
    expect(draft.ownerNik).toBe("");
    expect(inputOf(draft, stored)).toEqual({ ok: true, value: { businessName: "Warung Sari Rasa", workers: 3 } });
  });

  it("sends everything for a new UMKM and refuses a number that is not whole, by field", () => {
    const draft = { ...draftOf(null), businessName: "Toko Baru", workers: "2,5", annualSales: "-1" };
    expect(inputOf(draft, null)).toEqual({ ok: false, invalid: ["workers", "annualSales"] });
    const valid = inputOf({ ...draft, workers: "4", annualSales: "" }, null);
    expect(valid.ok && valid.value).toMatchObject({ businessName: "Toko Baru", workers: 4, annualSales: null });
  });
});
