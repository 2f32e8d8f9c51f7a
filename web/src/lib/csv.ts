import type { Client, OperationResult, TypedDocumentNode } from "urql";

/** One CSV field: quoted when it holds a separator, a quote or a line break (RFC 4180). */
function field(value: unknown): string {
  const text = value == null ? "" : String(value);
  return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV text with CRLF line ends; a byte-order mark so spreadsheet programs read UTF-8. */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}

export function downloadCsv(filename: string, rows: readonly (readonly unknown[])[]): void {
  const url = URL.createObjectURL(new Blob([toCsv(rows)], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export interface Connection<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Node[];
}

/**
 * Every row matching a list's filter, not only the page on screen: follows the cursor 100 rows at a time
 * (the API's page limit) and reports progress. The query must take $first and $after.
 */
export async function fetchAllNodes<Data, Variables extends { first?: number | null; after?: string | null }, Node>(
  client: Client,
  query: TypedDocumentNode<Data, Variables>,
  variables: Omit<Variables, "first" | "after">,
  connectionOf: (data: Data) => Connection<Node> | null | undefined,
  onProgress?: (loaded: number, total: number) => void,
): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  for (;;) {
    const result: OperationResult<Data, Variables> = await client
      .query(query, { ...variables, first: 100, after } as Variables, { requestPolicy: "network-only" })
      .toPromise();
    if (result.error) throw result.error;
    const connection: Connection<Node> | null | undefined = result.data ? connectionOf(result.data) : null;
    if (!connection) return nodes;
    nodes.push(...connection.nodes);
    onProgress?.(nodes.length, connection.totalCount);
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) return nodes;
    after = connection.pageInfo.endCursor;
  }
}
