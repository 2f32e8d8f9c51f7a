import { describe, expect, it } from "vitest";
import { toGlobalId } from "../../../shared/graphql/global-id";
import { UmkmFilter } from "../inputs/umkm.filter";
import { umkmWhere } from "./umkm.where";

const filter = (fields: Partial<UmkmFilter>): UmkmFilter => Object.assign(new UmkmFilter(), fields);

describe("umkmWhere", () => {
  it("matches a province or regency by whole-segment prefix of the kecamatan code", () => {
    expect(umkmWhere(filter({ regionCode: "21.71" }))).toEqual({ $and: [{ districtCode: { $like: "21.71.%" } }] });
    expect(umkmWhere(filter({ regionCode: " 21 " }))).toEqual({ $and: [{ districtCode: { $like: "21.%" } }] });
  });

  it("matches a kecamatan or a village exactly", () => {
    expect(umkmWhere(filter({ regionCode: "21.71.06" }))).toEqual({ $and: [{ districtCode: "21.71.06" }] });
    expect(umkmWhere(filter({ regionCode: "21.71.06.1001" }))).toEqual({ $and: [{ villageCode: "21.71.06.1001" }] });
  });

  it("refuses a region code that is not one, with a client error code", () => {
    for (const regionCode of ["21.7", "Batam", "21.71.%"]) {
      expect(() => umkmWhere(filter({ regionCode }))).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) }),
      );
    }
  });

  it("searches every word in the business or the owner's name, with LIKE wildcards taken literally", () => {
    expect(umkmWhere(filter({ search: "  warung 100%_ " }))).toEqual({
      $and: [
        { $or: [{ businessName: { $ilike: "%warung%" } }, { ownerName: { $ilike: "%warung%" } }] },
        { $or: [{ businessName: { $ilike: "%100\\%\\_%" } }, { ownerName: { $ilike: "%100\\%\\_%" } }] },
      ],
    });
  });

  it("keeps streetVendor: false as a condition and reads the chapter's global id", () => {
    const where = umkmWhere(
      filter({ streetVendor: false, chapterId: toGlobalId("OkOceChapter", 7), joinedFrom: "2020-07-09" }),
    );
    expect(where).toEqual({ $and: [{ streetVendor: false }, { chapter: 7 }, { joinedOn: { $gte: "2020-07-09" } }] });
    expect(() => umkmWhere(filter({ chapterId: toGlobalId("Umkm", 7) }))).toThrow(/not a valid OkOceChapter ID/);
  });

  it("places no condition without a filter", () => {
    expect(umkmWhere(undefined)).toEqual({});
    expect(umkmWhere(filter({ search: "   " }))).toEqual({});
  });
});
