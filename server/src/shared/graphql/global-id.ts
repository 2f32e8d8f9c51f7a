import { GraphQLError } from "graphql";

/**
 * Opaque global IDs: base64url of "Type:localId". Clients treat them as strings; `node(id:)` and every
 * subgraph decode them to find the type and the row.
 */
export function toGlobalId(typeName: string, localId: number | string): string {
  return Buffer.from(`${typeName}:${localId}`, "utf8").toString("base64url");
}

export interface DecodedId {
  typeName: string;
  localId: string;
}

export function decodeGlobalId(id: string): DecodedId | null {
  if (typeof id !== "string" || id.length === 0 || id.length > 200) return null;
  const text = Buffer.from(id, "base64url").toString("utf8");
  const separator = text.indexOf(":");
  if (separator <= 0 || separator === text.length - 1) return null;
  return { typeName: text.slice(0, separator), localId: text.slice(separator + 1) };
}

/** The integer row id behind a global id of the expected type, or null when it is not one. */
export function localIdOf(id: string, typeName: string): number | null {
  const decoded = decodeGlobalId(id);
  if (!decoded || decoded.typeName !== typeName || !/^[1-9]\d{0,9}$/.test(decoded.localId)) return null;
  const value = Number(decoded.localId);
  return value <= 2_147_483_647 ? value : null;
}

/** Like localIdOf, for arguments: a malformed id is the caller's mistake, reported with a code. */
export function requireLocalId(id: string, typeName: string, argument = "id"): number {
  const value = localIdOf(id, typeName);
  if (value === null) {
    throw new GraphQLError(`"${argument}" is not a valid ${typeName} ID`, {
      extensions: { code: "BAD_USER_INPUT", argument },
    });
  }
  return value;
}
