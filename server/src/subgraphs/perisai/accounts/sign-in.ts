import crypto from "node:crypto";
import { sessions } from "../../../shared/auth/sessions";
import { signToken, type TokenClaims } from "../../../shared/auth/token";
import { Viewer } from "../../../shared/auth/viewer";
import { environment } from "../../../shared/environment";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { UserErrorCode, userError, type UserError } from "../../../shared/graphql/user-error";
import { auditAccount } from "./account-audit";
import { MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH, normaliseEmail } from "./account-rules";
import type { LoginInput } from "./login.input";
import { verifyPassword } from "./password-hash";
import { resolveScope } from "./scope.queries";
import { Session } from "./session.entity";
import { minutesUntil, throttleKeys } from "./throttle";
import { claimAttempt, settleSuccess } from "./throttle.store";
import { UserAccount } from "./user-account.entity";

export interface SignedIn {
  token: string;
  expiresAt: Date;
  user: UserAccount;
  viewer: Viewer;
}

export type SignInResult = { signedIn: SignedIn } | { refused: UserError };

/** The same words for an unknown email, a wrong password and an account that may not sign in. */
const NOT_CORRECT = "Email or password is not correct";

function refused(message: string, code: UserErrorCode): SignInResult {
  return { refused: userError("", message, code) };
}

/**
 * Checks an email and password and opens a session. Every refusal takes about as long (one Argon2id check
 * even for an unknown email) and says the same; attempts are throttled per account and per address.
 */
export async function signIn(ctx: SubgraphContext, input: LoginInput, now = new Date()): Promise<SignInResult> {
  if (!ctx.authSecret) throw new Error("This subgraph was started without the key that signs session tokens");
  const email = normaliseEmail(input.email);
  const keys = throttleKeys(email, ctx.clientAddress);
  // Counted in a fork of its own: the count must commit even when the attempt fails.
  const blockedUntil = await claimAttempt(
    ctx.em.fork(),
    keys.address ? [keys.account, keys.address] : [keys.account],
    now,
  );
  if (blockedUntil) {
    return refused(
      `Too many sign-in attempts; try again in ${minutesUntil(blockedUntil, now)} minute(s)`,
      UserErrorCode.RATE_LIMITED,
    );
  }
  const plausible = input.password.length <= 2 * MAX_PASSWORD_LENGTH && email.length <= MAX_EMAIL_LENGTH;
  const account = plausible ? await ctx.em.findOne(UserAccount, { email }, { populate: ["passwordHash"] }) : null;
  const passwordMatches = await verifyPassword(account?.passwordHash ?? null, plausible ? input.password : "");
  const scope = account && passwordMatches && !account.disabled ? await resolveScope(ctx.em, account) : null;
  if (!account || !scope) return refused(NOT_CORRECT, UserErrorCode.INVALID);

  const ttl = environment().SESSION_TTL_SECONDS;
  const iat = Math.floor(now.getTime() / 1000);
  const claims: Omit<TokenClaims, "iat" | "exp"> = {
    sub: account.id,
    sid: crypto.randomBytes(16).toString("base64url"),
    role: account.role,
    ...scope,
  };
  const viewer = Viewer.of({ ...claims, iat, exp: iat + ttl });
  const expiresAt = new Date((iat + ttl) * 1000);
  await ctx.em.transactional(async (tx) => {
    tx.create(Session, { id: claims.sid, user: account.id, createdAt: now, expiresAt });
    // Raw, because a sign-in is not an edit: the account keeps its version (and updatedAt).
    await tx.execute('update "perisai"."user_account" set "last_signed_in_at" = ? where "id" = ?', [now, account.id]);
    await settleSuccess(tx, keys.account, keys.address);
    await auditAccount(tx, viewer, account, "login");
  });
  await ctx.em.refresh(account);
  return {
    signedIn: { token: signToken(claims, ctx.authSecret, ttl, now.getTime()), expiresAt, user: account, viewer },
  };
}

/**
 * A new token for the caller's current session, with the scope resolved again: an office admin who just opened
 * a sub-office sees it without signing in again. The session (and so logout) and its expiry stay the same.
 */
export async function refreshSession(ctx: SubgraphContext, now = new Date()): Promise<SignInResult> {
  if (!ctx.authSecret) throw new Error("This subgraph was started without the key that signs session tokens");
  const current = ctx.viewer.requireSignedIn().claims!;
  const account = await ctx.em.findOne(UserAccount, current.sub);
  const scope = account && !account.disabled ? await resolveScope(ctx.em, account) : null;
  if (!account || !scope) return refused("This account can no longer sign in", UserErrorCode.INVALID);
  const remaining = current.exp - Math.floor(now.getTime() / 1000);
  const claims: Omit<TokenClaims, "iat" | "exp"> = { sub: account.id, sid: current.sid, role: account.role, ...scope };
  const iat = Math.floor(now.getTime() / 1000);
  const viewer = Viewer.of({ ...claims, iat, exp: current.exp });
  return {
    signedIn: {
      token: signToken(claims, ctx.authSecret, remaining, now.getTime()),
      expiresAt: new Date(current.exp * 1000),
      user: account,
      viewer,
    },
  };
}

/** Ends the caller's session: its token stops working here at once and in the other subgraphs within seconds. */
export async function signOut(ctx: SubgraphContext): Promise<void> {
  const viewer = ctx.viewer.requireSignedIn();
  const sid = viewer.claims!.sid;
  await ctx.em.transactional(async (tx) => {
    await tx.nativeUpdate(Session, { id: sid, revokedAt: null }, { revokedAt: new Date() });
    const account = await tx.findOneOrFail(UserAccount, viewer.userId!);
    await auditAccount(tx, viewer, account, "logout");
  });
  sessions.forget(sid);
}
