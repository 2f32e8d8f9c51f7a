import { describe, expect, it } from "vitest";
import { viewerFromHeader } from "./authenticate";
import { Role } from "./role";
import { bearerToken, signToken, statedExpiry, verifyToken } from "./token";

const SECRET = "a-test-secret-of-enough-length-0123456789";
const claims = { sub: 7, sid: "s1", role: Role.OFFICE_ADMIN, officeIds: [2, 5], regionPrefixes: ["21.71"] };

describe("session tokens", () => {
  it("round-trip their claims until they expire", () => {
    const token = signToken(claims, SECRET, 60, 1_000_000);
    expect(verifyToken(token, SECRET, 1_000_000 + 59_000)).toMatchObject({ ok: true, claims });
    expect(verifyToken(token, SECRET, 1_000_000 + 60_000)).toEqual({ ok: false, reason: "expired" });
  });

  it("refuse a token signed with another key or altered", () => {
    const token = signToken(claims, SECRET, 60);
    expect(verifyToken(token, "another-secret")).toEqual({ ok: false, reason: "signature" });
    const [header, , signature] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ ...claims, role: Role.NATIONAL_COORDINATOR, exp: 9e9 })).toString(
      "base64url",
    );
    expect(verifyToken(`${header}.${forged}.${signature}`, SECRET)).toEqual({ ok: false, reason: "signature" });
    expect(verifyToken("not-a-token", SECRET)).toEqual({ ok: false, reason: "malformed" });
  });

  it("give a scoped viewer, or anonymous without a header, or an error for a bad header", () => {
    const viewer = viewerFromHeader(`Bearer ${signToken(claims, SECRET, 60)}`, SECRET);
    expect(viewer.seesOffice(5)).toBe(true);
    expect(viewer.seesOffice(6)).toBe(false);
    expect(viewer.seesRegion("21.71.06")).toBe(true);
    expect(viewer.seesRegion("21.710")).toBe(false);
    expect(viewerFromHeader(undefined, SECRET).signedIn).toBe(false);
    expect(() => viewerFromHeader("Bearer junk", SECRET)).toThrow(/not valid/);
    expect(() => viewerFromHeader(`Bearer ${signToken(claims, SECRET, -1)}`, SECRET)).toThrow(/expired/);
  });

  it("read from a header, with the expiry they state", () => {
    const token = signToken(claims, SECRET, 60, 1_000_000);
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(`Basic ${token}`)).toBeNull();
    expect(statedExpiry(token)).toBe(1_000 + 60);
    expect(statedExpiry("not-a-token")).toBeUndefined();
  });
});
