import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { environment } from "../environment";

/**
 * The key that signs session tokens: PERISAI_TOKEN_SECRET, or one generated on first start and kept in the
 * data directory (readable by the owner only), so tokens survive a restart.
 */
export function tokenSecret(): string {
  const env = environment();
  if (env.PERISAI_TOKEN_SECRET) return env.PERISAI_TOKEN_SECRET;
  const file = path.join(env.PERISAI_DATA_DIR, "token-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(env.PERISAI_DATA_DIR, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(48).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  return fs.readFileSync(file, "utf8").trim();
}
