import { useState } from "react";
import { useT } from "../i18n/i18n";
import { downloadCsv } from "../lib/csv";

type CsvRows = (string | number | boolean | null | undefined)[][];

interface Outcome {
  rows: number;
  seconds: number;
}

/**
 * Exports every row matching the list's filter, not only the rows on screen: a request per hundred rows, so
 * the user sees how far it has come and, at the end, how many rows it wrote and how long it took.
 */
export function CsvExport({
  filename,
  disabled,
  load,
}: {
  filename: string;
  disabled?: boolean;
  /** The header row first, then one row per node. */
  load: (onProgress: (loaded: number, total: number) => void) => Promise<CsvRows>;
}) {
  const t = useT();
  const [progress, setProgress] = useState<{ loaded: number; total: number } | null>(null);
  const [running, setRunning] = useState(false);
  const [failed, setFailed] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = async () => {
    const started = performance.now();
    setRunning(true);
    setFailed(false);
    setOutcome(null);
    setProgress(null);
    try {
      const rows = await load((loaded, total) => setProgress({ loaded, total }));
      downloadCsv(filename, rows);
      setOutcome({ rows: rows.length - 1, seconds: (performance.now() - started) / 1000 });
    } catch {
      setFailed(true);
    } finally {
      setRunning(false);
    }
  };

  return (
    <div className="csv-export">
      <button type="button" onClick={run} disabled={running || disabled}>
        {t("csv.export")}
      </button>
      <span role="status" aria-live="polite" className="csv-status">
        {running && progress && (
          <>
            <progress max={progress.total} value={progress.loaded} aria-label={t("csv.progress")} />{" "}
            {t.format("csv.loading", { loaded: t.number(progress.loaded), total: t.number(progress.total) })}
          </>
        )}
        {running && !progress && t("state.loading")}
        {!running &&
          outcome &&
          t.format("csv.done", {
            count: t.number(outcome.rows),
            seconds: new Intl.NumberFormat(t.language === "id" ? "id-ID" : "en-US", {
              maximumFractionDigits: 1,
            }).format(outcome.seconds),
          })}
        {failed && <span className="form-error">{t("csv.failed")}</span>}
      </span>
    </div>
  );
}
