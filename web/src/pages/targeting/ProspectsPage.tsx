import { useAbilities } from "../../auth/permissions";
import { useId } from "react";
import { Link, useSearchParams } from "react-router";
import { useClient, useQuery } from "urql";
import { DataTable, type Column } from "../../components/DataTable";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import type { ResultOf } from "../../graphql/graphql";
import { useT } from "../../i18n/i18n";
import { fetchAllNodes } from "../../lib/csv";
import { CsvExport } from "../../components/CsvExport";
import { usePagedConnection } from "../../components/paged-connection";
import "../agents/agents.css";
import { prospectFilterOf, prospectListFromParams, prospectListToParams, type ProspectListState } from "./list-state";
import {
  ProspectsPage_Choice,
  ProspectsPage_List,
  ProspectsPage_Offices,
  ProspectsPage_Viewer,
} from "./ProspectsPage.graphql";
import { TargetingTabs } from "./TargetingTabs";
import "./targeting.css";

type ProspectRow = ResultOf<typeof ProspectsPage_List>["prospects"]["nodes"][number];
type T = ReturnType<typeof useT>;

/**
 * UMKM owners who are not yet participants: an agent's own territory, or (for offices, branches and national
 * coordinators) the office or agent chosen, kept in the URL (?kantor=… / ?agen=…).
 */
export function ProspectsPage() {
  const t = useT();
  const [{ data: viewer, error, fetching }, refetch] = useQuery({ query: ProspectsPage_Viewer });
  const me = viewer?.me;

  return (
    <>
      <TargetingTabs />
      <h1>{t("targeting.prospects.title")}</h1>
      <p className="targeting-intro">{t("targeting.prospects.intro")}</p>
      {fetching && !viewer && <LoadingState />}
      {error && !viewer && <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
      {me && me.role === "AGENT" && <OwnProspects agent={me.agent} />}
      {me && me.role !== "AGENT" && <ChosenProspects />}
    </>
  );
}

type OwnAgent = NonNullable<NonNullable<ResultOf<typeof ProspectsPage_Viewer>["me"]>["agent"]>;

function OwnProspects({ agent }: { agent: OwnAgent | null }) {
  const t = useT();
  if (!agent) return <EmptyState message={t("targeting.prospects.notAgent")} />;
  return (
    <>
      <TerritoryLine label={t("targeting.prospects.yourTerritory")} territory={agent.territory} />
      {/* No filter: the API lists the signed-in agent's own territory. */}
      <ProspectResults filter={null} csvSuffix={agent.agentNumber} />
    </>
  );
}

function TerritoryLine({ label, territory }: { label: string; territory: readonly { code: string; name: string }[] }) {
  return (
    <p className="territory-line">
      {label}: <span data-testid="territory">{territory.map((region) => region.name).join(", ")}</span>
    </p>
  );
}

function ChosenProspects() {
  const t = useT();
  const id = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = prospectListFromParams(searchParams);
  const apply = (next: ProspectListState) => setSearchParams(prospectListToParams(next));
  const [{ data: offices }] = useQuery({ query: ProspectsPage_Offices });
  const [{ data: choice }] = useQuery({
    query: ProspectsPage_Choice,
    variables: {
      officeId: state.officeId ?? "",
      agentId: state.agentId ?? "",
      withOffice: Boolean(state.officeId),
      withAgent: Boolean(state.agentId),
    },
    pause: !state.officeId && !state.agentId,
  });
  const agent = choice?.agent?.id === state.agentId ? choice?.agent : undefined;
  // A link with only ?agen=… still shows the agent's office in the office select.
  const officeId = state.officeId ?? agent?.office.id ?? "";
  const officeList = offices?.perisaiOffices.nodes ?? [];
  const agentList = choice?.agents?.nodes ?? [];
  const filter = prospectFilterOf(state);

  return (
    <>
      <form className="prospect-choice" role="search" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-office`}>{t("targeting.prospects.office")}</label>
          <select
            id={`${id}-office`}
            value={officeId}
            onChange={(event) => apply({ officeId: event.currentTarget.value || undefined })}
          >
            <option value="">{t("targeting.prospects.chooseOffice")}</option>
            {agent && !officeList.some((office) => office.id === agent.office.id) && (
              <option value={agent.office.id}>{agent.office.name}</option>
            )}
            {officeList.map((office) => (
              <option key={office.id} value={office.id}>
                {office.name}
              </option>
            ))}
          </select>
          {offices && offices.perisaiOffices.totalCount > officeList.length && (
            <small className="field-hint">
              {t.format("targeting.prospects.firstOffices", {
                shown: t.number(officeList.length),
                total: t.number(offices.perisaiOffices.totalCount),
              })}
            </small>
          )}
        </div>
        {officeId && (
          <div className="field">
            <label htmlFor={`${id}-agent`}>{t("targeting.prospects.agent")}</label>
            <select
              id={`${id}-agent`}
              value={state.agentId ?? ""}
              onChange={(event) => apply({ officeId, agentId: event.currentTarget.value || undefined })}
            >
              <option value="">{t("targeting.prospects.wholeOffice")}</option>
              {agent && !agentList.some((candidate) => candidate.id === agent.id) && (
                <option value={agent.id}>
                  {agent.name} ({agent.agentNumber})
                </option>
              )}
              {agentList.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name} ({candidate.agentNumber})
                </option>
              ))}
            </select>
            {choice?.agents && choice.agents.totalCount > agentList.length && (
              <small className="field-hint">
                {t.format("targeting.prospects.firstAgents", {
                  shown: t.number(agentList.length),
                  total: t.number(choice.agents.totalCount),
                })}
              </small>
            )}
          </div>
        )}
      </form>
      {agent && (
        <TerritoryLine
          label={t.format("targeting.prospects.agentTerritory", { agent: `${agent.name} (${agent.agentNumber})` })}
          territory={agent.territory}
        />
      )}
      {filter ? (
        <ProspectResults
          key={prospectListToParams(state).toString()}
          filter={filter}
          csvSuffix={agent?.agentNumber ?? "kantor"}
        />
      ) : (
        <EmptyState message={t("targeting.prospects.chooseFirst")} />
      )}
    </>
  );
}

function ProspectResults({
  filter,
  csvSuffix,
}: {
  filter: { agentId: string } | { officeId: string } | null;
  csvSuffix: string;
}) {
  const t = useT();
  const client = useClient();
  const variables = { filter };
  const list = usePagedConnection(ProspectsPage_List, variables, (data) => data.prospects);
  const may = useAbilities();
  const columns = prospectColumns(t);
  const tableColumns: Column<ProspectRow>[] = may("enrolParticipants")
    ? [
        ...columns,
        {
          key: "enrol",
          header: <span className="visually-hidden">{t("targeting.prospects.enrol")}</span>,
          cell: (row) => (
            <Link
              to={`/peserta/baru?umkm=${encodeURIComponent(row.umkm.id)}`}
              aria-label={t.format("targeting.prospects.enrolOwner", { name: row.umkm.ownerName })}
            >
              {t("targeting.prospects.enrol")}
            </Link>
          ),
        },
      ]
    : columns;

  const exportRows = async (onProgress: (loaded: number, total: number) => void) => {
    const rows = await fetchAllNodes(client, ProspectsPage_List, variables, (data) => data.prospects, onProgress);
    return [columns.map((column) => column.csvHeader), ...rows.map((row) => columns.map((column) => column.csv(row)))];
  };

  return (
    <>
      {list.loaders}
      {list.loading && <LoadingState />}
      {list.error && <ErrorState error={list.error} onRetry={list.retry} />}
      {list.totalCount !== undefined && (
        <>
          <div className="list-toolbar">
            <p className="result-count" role="status" aria-live="polite">
              {t.format("targeting.prospects.found", { count: t.number(list.totalCount) })}
            </p>
            <CsvExport
              filename={`${t("targeting.prospects.csvName")}-${csvSuffix}-${new Date().toISOString().slice(0, 10)}.csv`}
              disabled={list.totalCount === 0}
              load={exportRows}
            />
          </div>
          {list.totalCount === 0 ? (
            <EmptyState message={t("targeting.prospects.none")} />
          ) : (
            <DataTable
              caption={t("targeting.prospects.caption")}
              columns={tableColumns}
              rows={list.nodes}
              rowKey={(row) => row.umkm.id}
              totalCount={list.totalCount}
              onEndReached={list.loadMore}
              loadingMore={list.loadingMore}
            />
          )}
        </>
      )}
    </>
  );
}

type ProspectColumn = Column<ProspectRow> & { csvHeader: string; csv: (row: ProspectRow) => string | null };

function prospectColumns(t: T): ProspectColumn[] {
  return [
    {
      key: "business",
      header: t("targeting.prospects.business"),
      rowHeader: true,
      cell: (row) => (
        <Link className="cell-clip" to={`/umkm/${encodeURIComponent(row.umkm.id)}`}>
          {row.umkm.businessName}
        </Link>
      ),
      csvHeader: t("targeting.prospects.business"),
      csv: (row) => row.umkm.businessName,
    },
    {
      key: "owner",
      header: t("targeting.prospects.owner"),
      cell: (row) => row.umkm.ownerName,
      csvHeader: t("targeting.prospects.owner"),
      csv: (row) => row.umkm.ownerName,
    },
    {
      key: "nik",
      header: t("targeting.prospects.nik"),
      cell: (row) => <span className="mono">{row.umkm.ownerNik}</span>,
      csvHeader: t("targeting.prospects.nik"),
      csv: (row) => row.umkm.ownerNik,
    },
    {
      key: "phone",
      header: t("targeting.prospects.phone"),
      cell: (row) => <span className="mono">{row.umkm.phone ?? t("common.notAvailable")}</span>,
      csvHeader: t("targeting.prospects.phone"),
      csv: (row) => row.umkm.phone ?? null,
    },
    {
      key: "kecamatan",
      header: t("targeting.prospects.kecamatan"),
      cell: (row) => row.kecamatan.name,
      csvHeader: t("targeting.prospects.kecamatan"),
      csv: (row) => row.kecamatan.name,
    },
    {
      key: "sector",
      header: t("targeting.prospects.sector"),
      cell: (row) => row.umkm.sector,
      csvHeader: t("targeting.prospects.sector"),
      csv: (row) => row.umkm.sector,
    },
  ];
}
