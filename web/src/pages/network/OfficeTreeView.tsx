import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { Link, useNavigate } from "react-router";
import { AgentStatusBadge } from "../../components/AgentStatusBadge";
import { useT, type MessageKey } from "../../i18n/i18n";
import { useOfficeAgents } from "./networkData";
import type { OfficeTree, SearchScope, TreeOffice } from "./officeTree";
import { visibleRows, type TreeAgent, type TreeRow } from "./treeRows";

interface Props {
  tree: OfficeTree;
  expanded: readonly string[];
  onExpandedChange: (ids: readonly string[]) => void;
  selected: string | null;
  onSelect: (id: string | null) => void;
  search: { scope: SearchScope; agentsByOffice: ReadonlyMap<string, TreeAgent[]> } | null;
}

/** The office tree as a WAI-ARIA tree: one tab stop, arrows move and open, Enter opens the page, Space selects. */
export function OfficeTreeView({ tree, expanded, onExpandedChange, selected, onSelect, search }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const expandedSet = useMemo(() => new Set(expanded), [expanded]);
  const expandedOffices = useMemo(
    () => expanded.filter((id) => (tree.byId.get(id)?.agentsTotal ?? 0) > 0),
    [expanded, tree],
  );
  const { byOffice, loadMore } = useOfficeAgents(expandedOffices);
  const rows = useMemo(
    () => visibleRows({ tree, expanded: expandedSet, agentsByOffice: byOffice, search }),
    [tree, expandedSet, byOffice, search],
  );
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const focusRequested = useRef(false);
  const items = useRef(new Map<string, HTMLElement>());

  const indexOf = (key: string | null) => rows.findIndex((row) => row.key === key);
  // The one tab stop: the focused row if it still shows, else the selected one, else the first.
  const activeIndex = Math.max(0, indexOf(focusKey) >= 0 ? indexOf(focusKey) : indexOf(selected));
  const activeKey = rows[activeIndex]?.key ?? null;

  useEffect(() => {
    if (!focusRequested.current || !activeKey) return;
    focusRequested.current = false;
    items.current.get(activeKey)?.focus();
  }, [activeKey, rows]);

  const focusRow = (index: number) => {
    const row = rows[Math.min(rows.length - 1, Math.max(0, index))];
    if (!row) return;
    focusRequested.current = true;
    setFocusKey(row.key);
    if (row.key === activeKey) items.current.get(row.key)?.focus();
  };
  const toggle = (officeId: string, open: boolean) => {
    if (open === expandedSet.has(officeId)) return;
    onExpandedChange(open ? [...expanded, officeId] : expanded.filter((id) => id !== officeId));
  };
  const activate = (row: TreeRow) => {
    if (row.kind === "office") navigate(`/kantor/${encodeURIComponent(row.office.id)}`);
    else if (row.kind === "agent") navigate(`/agen/${encodeURIComponent(row.agent.id)}`);
    else if (row.kind === "more") loadMore(row.officeId);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const row = rows[activeIndex];
    if (!row || event.altKey || event.ctrlKey || event.metaKey) return;
    const handled = (() => {
      switch (event.key) {
        case "ArrowDown":
          return (focusRow(activeIndex + 1), true);
        case "ArrowUp":
          return (focusRow(activeIndex - 1), true);
        case "Home":
          return (focusRow(0), true);
        case "End":
          return (focusRow(rows.length - 1), true);
        case "ArrowRight":
          if (row.kind === "office" && row.expandable && !row.expanded) toggle(row.office.id, true);
          else if (row.kind === "office" && row.expanded) focusRow(activeIndex + 1);
          return true;
        case "ArrowLeft":
          if (row.kind === "office" && row.expanded) toggle(row.office.id, false);
          else if (row.parentKey) focusRow(indexOf(row.parentKey));
          return true;
        case "Enter":
          return (activate(row), true);
        case " ":
          if (row.kind === "office" || row.kind === "agent") onSelect(row.key);
          else activate(row);
          return true;
        case "*": {
          const siblings = rows.filter((other) => other.parentKey === row.parentKey && other.kind === "office");
          const open = siblings.flatMap((other) => (other.kind === "office" && other.expandable ? [other.key] : []));
          onExpandedChange([...new Set([...expanded, ...open])]);
          return true;
        }
        default:
          return false;
      }
    })();
    if (handled) event.preventDefault();
  };

  return (
    <div className="network-tree">
      <p id="network-tree-help" className="tree-help">
        {t("network.treeHelp")}
      </p>
      <ul role="tree" aria-label={t("network.treeLabel")} aria-describedby="network-tree-help" onKeyDown={onKeyDown}>
        {rows.map((row, index) => (
          <li
            key={row.key}
            ref={(element) => {
              if (element) items.current.set(row.key, element);
              else items.current.delete(row.key);
            }}
            role="treeitem"
            aria-level={row.level}
            aria-posinset={row.posinset}
            aria-setsize={row.setsize}
            aria-expanded={row.kind === "office" && row.expandable ? row.expanded : undefined}
            aria-selected={row.kind === "office" || row.kind === "agent" ? row.key === selected : undefined}
            aria-labelledby={`${domId(row.key)}-label`}
            aria-describedby={row.kind === "office" || row.kind === "agent" ? `${domId(row.key)}-figures` : undefined}
            tabIndex={index === activeIndex ? 0 : -1}
            className={`tree-row tree-${row.kind}${row.key === selected ? " tree-selected" : ""}`}
            style={{ paddingLeft: `${(row.level - 1) * 1.4 + 0.25}rem` }}
            onFocus={(event) => {
              if (event.target === event.currentTarget) setFocusKey(row.key);
            }}
            onClick={(event) => {
              // A click on the name's link navigates; selecting too would replace the URL it goes to.
              if ((event.target as HTMLElement).closest("a")) return;
              setFocusKey(row.key);
              if (row.kind === "office" || row.kind === "agent") onSelect(row.key);
              else activate(row);
            }}
            onDoubleClick={() => {
              if (row.kind === "office" && row.expandable) toggle(row.office.id, !row.expanded);
            }}
          >
            <RowContent
              row={row}
              search={search}
              onToggle={() => row.kind === "office" && toggle(row.office.id, !row.expanded)}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Global IDs may hold characters an id attribute should not. */
function domId(key: string): string {
  return `tree-${key.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}

function RowContent({ row, search, onToggle }: { row: TreeRow; search: Props["search"]; onToggle: () => void }) {
  const t = useT();
  const id = domId(row.key);
  if (row.kind === "loading") {
    return (
      <span id={`${id}-label`} className="tree-note">
        {t("network.agentsLoading")}
      </span>
    );
  }
  if (row.kind === "more") {
    return (
      <span id={`${id}-label`} className="tree-more">
        {row.failed
          ? t("network.agentsFailed")
          : row.loading
            ? t("state.loading")
            : t.format("network.moreAgents", { loaded: t.number(row.loaded), total: t.number(row.total) })}
      </span>
    );
  }
  if (row.kind === "agent") {
    const { agent } = row;
    return (
      <>
        <span className="tree-toggle" aria-hidden="true" />
        <span id={`${id}-label`} className="tree-name">
          <Link to={`/agen/${encodeURIComponent(agent.id)}`} tabIndex={-1} className="mono">
            {agent.agentNumber}
          </Link>{" "}
          {agent.name}
        </span>
        <span id={`${id}-figures`} className="tree-figures">
          <AgentStatusBadge status={agent.status} />
          {agent.participantsActive !== null && (
            <span>{t.format("network.participantsActive", { count: t.number(agent.participantsActive) })}</span>
          )}
        </span>
      </>
    );
  }
  const { office } = row;
  const matched = search?.scope.matched.has(office.id);
  return (
    <>
      <span
        className="tree-toggle"
        aria-hidden="true"
        onClick={(event) => {
          event.stopPropagation();
          onToggle();
        }}
      >
        {row.expandable ? (row.expanded ? "▾" : "▸") : ""}
      </span>
      <span id={`${id}-label`} className="tree-name">
        <Link
          to={`/kantor/${encodeURIComponent(office.id)}`}
          tabIndex={-1}
          className={matched ? "tree-match" : undefined}
        >
          {office.name}
        </Link>
        {office.status !== "ACTIVE" && (
          <span className="badge badge-suspended">{t(`network.officeStatus.${office.status}` as MessageKey)}</span>
        )}
      </span>
      <OfficeFigures office={office} id={`${id}-figures`} />
    </>
  );
}

function OfficeFigures({ office, id }: { office: TreeOffice; id: string }) {
  const t = useT();
  return (
    <span id={id} className="tree-figures">
      {office.children.length > 0 && (
        <span>{t.format("network.subOffices", { count: t.number(office.children.length) })}</span>
      )}
      {office.agentsTotal > 0 ? (
        <>
          <span>
            {t.format("network.agentsActiveOfTotal", {
              active: t.number(office.agentsActive),
              total: t.number(office.agentsTotal),
            })}
          </span>
          <span>{t.format("network.participantsActive", { count: t.number(office.participantsActive) })}</span>
        </>
      ) : (
        <span>{t("network.noAgents")}</span>
      )}
      {office.children.length > 0 && (
        <span className="tree-subtree">
          {t.format("network.subtreeFigures", {
            active: t.number(office.subtree.agentsActive),
            total: t.number(office.subtree.agentsTotal),
            participants: t.number(office.subtree.participantsActive),
          })}
        </span>
      )}
    </span>
  );
}
