import { useEffect, useRef, useState, type DragEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { useAbilities } from "../../auth/permissions";
import { DataTable, type Column } from "../../components/DataTable";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import type { ResultOf } from "../../graphql/graphql";
import { useT } from "../../i18n/i18n";
import { downloadCsv } from "../../lib/csv";
import { localeOf } from "../../lib/format";
import {
  ImportsPage_AgentJob,
  ImportsPage_History,
  ImportsPage_StartAgents,
  ImportsPage_StartUmkm,
  ImportsPage_UmkmJob,
  ImportsPage_ValidateAgents,
  ImportsPage_ValidateUmkm,
} from "./ImportsPage.graphql";
import {
  IMPORT_KINDS,
  isFinished,
  isImportKind,
  MAX_FILE_BYTES,
  percentDone,
  TEMPLATES,
  type ImportKind,
} from "./templates";
import "./imports.css";

type Validation = ResultOf<typeof ImportsPage_ValidateUmkm>["validateUmkmImport"];
type RowError = Validation["errors"][number];
type T = ReturnType<typeof useT>;

/** How often a running import is asked for its progress. */
const POLL_MS = 500;

export function ImportsPage() {
  const t = useT();
  const may = useAbilities();
  const [params, setParams] = useSearchParams();
  const allowed = IMPORT_KINDS.filter((kind) => may(kind === "umkm" ? "importUmkm" : "importAgents"));
  const requested = params.get("jenis");
  const kind: ImportKind | undefined = isImportKind(requested) && allowed.includes(requested) ? requested : allowed[0];
  const jobId = params.get("impor");

  if (!kind) return <EmptyState message={t("state.notFound")} />;

  const choose = (next: ImportKind) => setParams({ jenis: next });
  return (
    <section className="imports">
      <h1>{t("imports.title")}</h1>
      <p>{t("imports.intro")}</p>
      <fieldset className="import-kind">
        <legend>{t("imports.kind")}</legend>
        {allowed.map((option) => (
          <label key={option}>
            <input type="radio" name="kind" checked={option === kind} onChange={() => choose(option)} />{" "}
            {t(option === "umkm" ? "imports.kind.umkm" : "imports.kind.agen")}
          </label>
        ))}
      </fieldset>
      <ImportForm
        key={kind}
        kind={kind}
        onStarted={(id) => setParams({ jenis: kind, impor: id })}
        onChanged={() => jobId && setParams({ jenis: kind })}
      />
      {jobId && <JobProgress key={jobId} kind={kind} id={jobId} />}
      <ImportHistory kind={kind} refreshKey={jobId} />
    </section>
  );
}

function fileSize(t: T, bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${t.number(Math.round(bytes / 1024 / 102.4) / 10)} MB`
    : `${t.number(Math.ceil(bytes / 1024))} KB`;
}

function ImportForm({
  kind,
  onStarted,
  onChanged,
}: {
  kind: ImportKind;
  onStarted: (id: string) => void;
  onChanged: () => void;
}) {
  const t = useT();
  const [file, setFile] = useState<{ name: string; size: number; text: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [validation, setValidation] = useState<Validation | null>(null);
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const [checkingUmkm, validateUmkm] = useMutation(ImportsPage_ValidateUmkm);
  const [checkingAgents, validateAgents] = useMutation(ImportsPage_ValidateAgents);
  const [startingUmkm, startUmkm] = useMutation(ImportsPage_StartUmkm);
  const [startingAgents, startAgents] = useMutation(ImportsPage_StartAgents);
  const checking = kind === "umkm" ? checkingUmkm : checkingAgents;
  const starting = kind === "umkm" ? startingUmkm : startingAgents;
  const error = checking.error ?? starting.error;

  const read = async (chosen: File | undefined) => {
    setValidation(null);
    setProblem(null);
    setFile(null);
    onChanged();
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      setProblem(t("imports.tooLarge"));
      return;
    }
    try {
      setFile({ name: chosen.name, size: chosen.size, text: await chosen.text() });
    } catch {
      setProblem(t("imports.readFailed"));
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void read(event.dataTransfer.files[0]);
  };

  const check = async () => {
    if (!file) return;
    const checked =
      kind === "umkm"
        ? (await validateUmkm({ csv: file.text })).data?.validateUmkmImport
        : (await validateAgents({ csv: file.text })).data?.validateAgentImport;
    if (checked) setValidation(checked);
  };

  const run = async () => {
    if (!file) return;
    let job: { id: string } | null | undefined;
    let rowErrors: RowError[] = [];
    if (kind === "umkm") {
      const payload = (await startUmkm({ csv: file.text })).data?.startUmkmImport;
      job = payload?.umkmImport;
      rowErrors = payload?.rowErrors ?? [];
    } else {
      const payload = (await startAgents({ csv: file.text })).data?.startAgentImport;
      job = payload?.agentImport;
      rowErrors = payload?.rowErrors ?? [];
    }
    if (job) {
      setFile(null);
      setValidation(null);
      if (inputRef.current) inputRef.current.value = "";
      onStarted(job.id);
    } else if (validation && rowErrors.length) {
      setValidation({ ...validation, errorCount: rowErrors.length, errors: rowErrors });
    }
  };

  const template = TEMPLATES[kind];
  const ready = validation !== null && validation.errorCount === 0 && validation.rowCount > 0;
  return (
    <div className="import-form">
      <p>
        <button type="button" onClick={() => downloadCsv(template.filename, template.rows)}>
          {t("imports.template")}
        </button>{" "}
        <span className="field-hint">{t("imports.templateHint")}</span>
      </p>
      <div
        className={dragging ? "drop-zone dragging" : "drop-zone"}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label>
          <span>{t("imports.file")}</span>
          <input
            ref={inputRef}
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => void read(event.currentTarget.files?.[0])}
          />
        </label>
        <p className="field-hint">{t("imports.drop")}</p>
        {file && <p>{t.format("imports.chosen", { name: file.name, size: fileSize(t, file.size) })}</p>}
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <form
        className="actions"
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <button type="button" onClick={() => void check()} disabled={!file || checking.fetching}>
          {checking.fetching ? t("imports.checking") : t("imports.check")}
        </button>
        <button type="submit" disabled={!ready || starting.fetching}>
          {starting.fetching ? t("imports.starting") : t("imports.start")}
        </button>
      </form>
      {error && <ErrorState error={error} />}
      <div aria-live="polite">{validation && <ValidationResult validation={validation} />}</div>
    </div>
  );
}

function ValidationResult({ validation }: { validation: Validation }) {
  const t = useT();
  if (validation.errorCount === 0) {
    return (
      <p className="import-ok" role="status">
        {t.format("imports.rowsOk", { count: t.number(validation.rowCount) })}
      </p>
    );
  }
  const columns: Column<RowError & { index: number }>[] = [
    {
      key: "line",
      header: t("imports.errors.line"),
      cell: (row) => t.number(row.line),
      numeric: true,
      rowHeader: true,
    },
    { key: "column", header: t("imports.errors.column"), cell: (row) => row.column ?? t("imports.errors.wholeRow") },
    { key: "message", header: t("imports.errors.message"), cell: (row) => row.message },
    {
      key: "code",
      header: t("imports.errors.code"),
      cell: (row) => <span title={row.code}>{t(`imports.code.${row.code}`)}</span>,
    },
  ];
  const rows = validation.errors.map((error, index) => ({ ...error, index }));
  return (
    <>
      <p className="form-error" role="alert">
        {t.format("imports.rowsBad", { errors: t.number(validation.errorCount), rows: t.number(validation.rowCount) })}{" "}
        {validation.errorCount > rows.length && t.format("imports.rowsBadMore", { shown: t.number(rows.length) })}
      </p>
      <DataTable
        caption={t("imports.errors.caption")}
        columns={columns}
        rows={rows}
        rowKey={(row) => String(row.index)}
        totalCount={rows.length}
        height={Math.min(480, 48 + rows.length * 41)}
      />
    </>
  );
}

function JobProgress({ kind, id }: { kind: ImportKind; id: string }) {
  const t = useT();
  const [umkmJob, pollUmkm] = useQuery({
    query: ImportsPage_UmkmJob,
    variables: { id },
    pause: kind !== "umkm",
    requestPolicy: "network-only",
  });
  const [agentJob, pollAgents] = useQuery({
    query: ImportsPage_AgentJob,
    variables: { id },
    pause: kind !== "agen",
    requestPolicy: "network-only",
  });
  const result = kind === "umkm" ? umkmJob : agentJob;
  const job = kind === "umkm" ? umkmJob.data?.umkmImport : agentJob.data?.agentImport;
  const poll = kind === "umkm" ? pollUmkm : pollAgents;
  const running = job ? !isFinished(job.status) : true;

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => poll({ requestPolicy: "network-only" }), POLL_MS);
    return () => clearInterval(timer);
  }, [running, poll]);

  if (!job) {
    if (result.error)
      return <ErrorState error={result.error} onRetry={() => poll({ requestPolicy: "network-only" })} />;
    return result.fetching ? <LoadingState /> : <EmptyState message={t("imports.job.notFound")} />;
  }
  const percent = percentDone(job.processed, job.total);
  return (
    <section className="import-job" aria-labelledby="import-job-title">
      <h2 id="import-job-title">{t("imports.job.title")}</h2>
      <p role="status" aria-live="polite">
        <strong>{t(`imports.job.${job.status}`)}</strong> —{" "}
        {t.format("imports.job.progress", {
          processed: t.number(job.processed),
          total: t.number(job.total),
          percent: t.number(percent),
        })}
      </p>
      <progress max={job.total || 1} value={job.processed} aria-label={t("imports.job.title")}>
        {percent} %
      </progress>
      {job.status === "FAILED" && (
        <p className="form-error" role="alert">
          {t("imports.job.failed")}
        </p>
      )}
      {job.status === "SUCCEEDED" && (
        <p>
          <Link className="button-link" to={kind === "umkm" ? "/umkm" : "/agen"}>
            {t(kind === "umkm" ? "imports.job.doneUmkm" : "imports.job.doneAgen")}
          </Link>
        </p>
      )}
    </section>
  );
}

function ImportHistory({ kind, refreshKey }: { kind: ImportKind; refreshKey: string | null }) {
  const t = useT();
  const [history, refresh] = useQuery({
    query: ImportsPage_History,
    variables: { umkm: kind === "umkm", agents: kind === "agen" },
    requestPolicy: "cache-and-network",
  });
  const jobs = (kind === "umkm" ? history.data?.recentUmkmImports : history.data?.recentAgentImports) ?? [];
  const running = jobs.some((job) => !isFinished(job.status));

  useEffect(() => {
    refresh({ requestPolicy: "network-only" });
  }, [refreshKey, refresh]);
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => refresh({ requestPolicy: "network-only" }), POLL_MS * 4);
    return () => clearTimeout(timer);
  }, [running, refresh, history.data]);

  const when = new Intl.DateTimeFormat(localeOf(t.language), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Jakarta",
  });
  return (
    <section className="import-history" aria-labelledby="import-history-title">
      <h2 id="import-history-title">{t("imports.history.title")}</h2>
      {history.error && <ErrorState error={history.error} onRetry={() => refresh({ requestPolicy: "network-only" })} />}
      {!history.data && history.fetching && <LoadingState />}
      {history.data && jobs.length === 0 && <EmptyState message={t("imports.history.none")} />}
      {jobs.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption>{t("imports.history.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("imports.history.started")}</th>
                <th scope="col">{t("imports.history.kind")}</th>
                <th scope="col">{t("imports.history.status")}</th>
                <th scope="col" className="num">
                  {t("imports.history.rows")}
                </th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => (
                <tr key={job.id}>
                  <th scope="row">
                    <Link to={`/impor?jenis=${kind}&impor=${encodeURIComponent(job.id)}`}>
                      {when.format(new Date(job.createdAt))}
                    </Link>
                  </th>
                  <td>{t(kind === "umkm" ? "imports.kind.umkm" : "imports.kind.agen")}</td>
                  <td>{t(`imports.job.${job.status}`)}</td>
                  <td className="num">
                    {t.number(job.processed)} / {t.number(job.total)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
