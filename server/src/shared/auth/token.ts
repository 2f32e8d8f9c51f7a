import crypto from "node:crypto";
import type { Role } from "./role";

/** What a session token says about its holder; the scope is resolved at sign-in, so no subgraph asks another. */
export interface TokenClaims {
  /** User id. */
  sub: number;
  /** Session id; logout ends it. */
  sid: string;
  role: Role;
  /** Kantor Perisai the user may see (an office and its sub-offices); absent: not limited by office. */
  officeIds?: number[];
  /** Region code prefixes of those offices, for data kept by region (UMKM). */
  regionPrefixes?: string[];
  agentId?: number;
  bpjsOfficeId?: number;
  /** Issued at and expiry, seconds since the epoch. */
  iat: number;
  exp: number;
}

export type VerifyResult =
  { ok: true; claims: TokenClaims } | { ok: false; reason: "malformed" | "signature" | "expired" };

const HEADER = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");

function sign(data: string, secret: string): string {
  return crypto.createHmac("sha256", secret).update(data).digest("base64url");
}

/** A compact HS256 JWT: every subgraph can verify it with the shared secret, without a call to anyone. */
export function signToken(
  claims: Omit<TokenClaims, "iat" | "exp">,
  secret: string,
  ttlSeconds: number,
  now = Date.now(),
): string {
  const iat = Math.floor(now / 1000);
  const payload = Buffer.from(JSON.stringify({ ...claims, iat, exp: iat + ttlSeconds })).toString("base64url");
  return `${HEADER}.${payload}.${sign(`${HEADER}.${payload}`, secret)}`;
}

/** The token of an `Authorization: Bearer <token>` header, or null when the header has another form. */
export function bearerToken(header: string): string | null {
  return /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1] ?? null;
}

/**
 * The expiry (seconds since the epoch) a token states, read without checking its signature: only for a token
 * that a verifier has already accepted (the gateway keeps answers per exact token the subgraphs verified).
 */
export function statedExpiry(token: string): number | undefined {
  const payload = token.split(".")[1];
  if (!payload) return undefined;
  try {
    const exp = (JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { exp?: unknown }).exp;
    return typeof exp === "number" ? exp : undefined;
  } catch {
    return undefined;
  }
}

export function verifyToken(token: string, secret: string, now = Date.now()): VerifyResult {
  const parts = token.split(".");
  if (parts.length !== 3 || parts[0] !== HEADER) return { ok: false, reason: "malformed" };
  const expected = Buffer.from(sign(`${parts[0]}.${parts[1]}`, secret));
  const given = Buffer.from(parts[2]);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given))
    return { ok: false, reason: "signature" };
  let claims: TokenClaims;
  try {
    claims = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8")) as TokenClaims;
  } catch {
    return { ok: false, reason: "malformed" };
  }
  if (typeof claims.exp !== "number" || claims.exp * 1000 <= now) return { ok: false, reason: "expired" };
  return { ok: true, claims };
}
