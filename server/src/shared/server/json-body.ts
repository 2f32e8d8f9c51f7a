import express, { type RequestHandler } from "express";
import { Kind, parse, type OperationDefinitionNode } from "graphql";

/** CSV imports send a whole city's registry in one variable: 81,486 UMKM rows are about 15 MB of JSON. */
export const BULK_BODY_LIMIT_BYTES = 32 * 1024 * 1024;

/** The only root fields a request above the ordinary body limit may select. */
export const BULK_FIELDS: ReadonlySet<string> = new Set([
  "validateUmkmImport",
  "startUmkmImport",
  "validateAgentImport",
  "startAgentImport",
]);

/** A bulk request's document is a few lines; the file travels in its variables. */
const MAX_BULK_DOCUMENT_LENGTH = 10_000;

interface SizedRequest {
  bodyBytes?: number;
}

/** True when the GraphQL request selects only bulk import mutations (and nothing else, not even a fragment). */
export function isBulkImportRequest(body: unknown): boolean {
  const { query, operationName } = (body ?? {}) as { query?: unknown; operationName?: unknown };
  if (typeof query !== "string" || query.length > MAX_BULK_DOCUMENT_LENGTH) return false;
  let operations: OperationDefinitionNode[];
  try {
    operations = parse(query, { maxTokens: 1_000 }).definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
  } catch {
    return false;
  }
  const operation =
    typeof operationName === "string"
      ? operations.find((candidate) => candidate.name?.value === operationName)
      : operations.length === 1
        ? operations[0]
        : undefined;
  return (
    operation?.operation === "mutation" &&
    operation.selectionSet.selections.every(
      (selection) => selection.kind === Kind.FIELD && BULK_FIELDS.has(selection.name.value),
    )
  );
}

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024 / 1024)} MB`;
}

/**
 * JSON bodies up to `limitBytes`, and up to BULK_BODY_LIMIT_BYTES for a signed-in caller's CSV import
 * (isBulkImportRequest); anything else above the limit gets 413, as it did before imports existed.
 */
export function graphqlJsonBody(limitBytes: number): RequestHandler[] {
  return [
    (request, response, next) => {
      const length = Number(request.headers["content-length"] ?? 0);
      // Anonymous callers cannot import, so they never get the larger limit (not even parsed).
      if (length > limitBytes && !request.headers.authorization) {
        response.status(413).json(tooLarge(limitBytes));
        return;
      }
      next();
    },
    express.json({
      limit: BULK_BODY_LIMIT_BYTES,
      verify: (request, _response, buffer) => {
        (request as SizedRequest).bodyBytes = buffer.length;
      },
    }),
    (request, response, next) => {
      const bytes = (request as SizedRequest).bodyBytes ?? 0;
      if (bytes > limitBytes && !isBulkImportRequest(request.body)) {
        response.status(413).json(tooLarge(limitBytes));
        return;
      }
      next();
    },
  ];
}

function tooLarge(limitBytes: number) {
  return {
    errors: [
      {
        message: `The request body is larger than ${megabytes(limitBytes)}; only a CSV import may send up to ${megabytes(BULK_BODY_LIMIT_BYTES)}`,
        extensions: { code: "PAYLOAD_TOO_LARGE" },
      },
    ],
  };
}

/** What the gateway sends a subgraph for a CSV import: bodies this large are nothing else (see graphqlJsonBody). */
export function isBulkImportBody(body: unknown): boolean {
  if (typeof body !== "string" || body.length <= 1024 * 1024) return false;
  try {
    return isBulkImportRequest(JSON.parse(body));
  } catch {
    return false;
  }
}
