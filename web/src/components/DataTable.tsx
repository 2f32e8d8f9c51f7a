import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef, type ReactNode } from "react";
import { useT } from "../i18n/i18n";

export interface Column<Row> {
  /** Stable key of the column (also the React key). */
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** When given, the header is a button that sorts the list by this API sort key. */
  sortKey?: string;
  /** The first column names the row (th scope="row"). */
  rowHeader?: boolean;
}

export interface SortState {
  sortKey: string;
  reverse: boolean;
}

interface DataTableProps<Row> {
  caption: string;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** All rows matching the filter (the API's totalCount), for screen readers and the end-of-list request. */
  totalCount?: number;
  sort?: SortState;
  onSort?: (next: SortState) => void;
  /** Called when the user scrolls near the end of the loaded rows and more exist. */
  onEndReached?: () => void;
  loadingMore?: boolean;
  /** Height of the scrolling area; rows outside it are not rendered. */
  height?: number;
  rowHeight?: number;
}

/**
 * A table that renders only the rows in view (TanStack Virtual), so tens of thousands of loaded rows scroll
 * smoothly. It stays a real <table>: spacer rows stand in for the rows above and below the window, headers
 * keep their scope, and aria-rowcount tells assistive technology the full size.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  totalCount,
  sort,
  onSort,
  onEndReached,
  loadingMore,
  height = 560,
  rowHeight = 41,
}: DataTableProps<Row>) {
  const t = useT();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.length ? items[items.length - 1].index : -1;
  const more = totalCount !== undefined && rows.length < totalCount;

  useEffect(() => {
    if (onEndReached && more && !loadingMore && lastIndex >= rows.length - 20) onEndReached();
  }, [lastIndex, rows.length, more, loadingMore, onEndReached]);

  const top = items.length ? items[0].start : 0;
  const bottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;

  return (
    <div
      className="table-scroll data-table"
      ref={scrollRef}
      style={{ maxHeight: height }}
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <table aria-rowcount={(totalCount ?? rows.length) + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column) => {
              const active = sort && column.sortKey === sort.sortKey;
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={column.numeric ? "num" : undefined}
                  aria-sort={active ? (sort.reverse ? "descending" : "ascending") : undefined}
                >
                  {column.sortKey && onSort ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => onSort({ sortKey: column.sortKey!, reverse: active ? !sort.reverse : false })}
                    >
                      {column.header}
                      <span aria-hidden="true">{active ? (sort.reverse ? " ▼" : " ▲") : " ↕"}</span>
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {top > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={columns.length} style={{ height: top, padding: 0, border: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            return (
              <tr key={rowKey(row)} aria-rowindex={item.index + 2} style={{ height: rowHeight }}>
                {columns.map((column) =>
                  column.rowHeader ? (
                    <th key={column.key} scope="row" className={column.numeric ? "num" : undefined}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.key} className={column.numeric ? "num" : undefined}>
                      {column.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            );
          })}
          {bottom > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={columns.length} style={{ height: bottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
      {loadingMore && (
        <p className="state" role="status">
          {t("state.loading")}
        </p>
      )}
    </div>
  );
}
