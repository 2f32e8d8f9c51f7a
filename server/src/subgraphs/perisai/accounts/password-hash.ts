import { Algorithm, hash, verify } from "@node-rs/argon2";
import crypto from "node:crypto";

/** OWASP Password Storage Cheat Sheet: Argon2id, 19 MiB, 2 iterations, 1 lane (about 0.1 s here). */
const ARGON2ID = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

let dummyHash: Promise<string> | undefined;

/**
 * Whether the password matches the hash. Without an account (hash null) a dummy hash with the same
 * parameters is checked, so that an unknown email takes as long to refuse as a wrong password.
 */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  dummyHash ??= hashPassword(crypto.randomBytes(24).toString("base64url"));
  const target = passwordHash ?? (await dummyHash);
  try {
    return (await verify(target, password)) && passwordHash !== null;
  } catch {
    // A malformed stored hash is a refusal, never a way in.
    return false;
  }
}
