import { useDeferredValue, useId, useState } from "react";
import { useQuery } from "urql";
import { LoadingState } from "../../components/Status";
import { useT } from "../../i18n/i18n";
import { RegionPicker_Search } from "./UmkmListPage.graphql";

export interface PickedRegion {
  code: string;
  name: string;
}

/** Chooses a region of one level (a kecamatan) by typing part of its name or the start of its code. */
export function RegionPicker({
  label,
  level,
  within,
  value,
  onChange,
  required,
  asFilter,
  error,
}: {
  label: string;
  level: "PROVINCE" | "REGENCY" | "DISTRICT";
  /** Only regions whose code starts with this one ("21.71"). */
  within?: string;
  value: PickedRegion | null;
  onChange: (region: PickedRegion | null) => void;
  required?: boolean;
  /** In a filter every field is optional: no "(optional)" note. */
  asFilter?: boolean;
  error?: string;
}) {
  const t = useT();
  const id = useId();
  const [search, setSearch] = useState("");
  const deferred = useDeferredValue(search.trim());
  const [{ data, fetching }] = useQuery({
    query: RegionPicker_Search,
    variables: { filter: { level, search: deferred } },
    pause: value !== null || deferred.length < 2,
  });
  const matches = (data?.regions.nodes ?? []).filter((region) => !within || region.code.startsWith(`${within}.`));

  if (value) {
    return (
      <div className="field">
        <span id={`${id}-label`}>{label}</span>
        <div className="picked" role="group" aria-labelledby={`${id}-label`}>
          <strong>{value.name}</strong> <small className="mono">{value.code}</small>{" "}
          <button
            type="button"
            aria-label={t.format("umkm.picker.changeLabel", { label })}
            onClick={() => onChange(null)}
          >
            {t("agents.picker.change")}
          </button>
        </div>
        {error && (
          <span className="field-error" role="alert">
            {error}
          </span>
        )}
      </div>
    );
  }

  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>
        {label} {!required && !asFilter && <small>({t("common.optional")})</small>}
      </label>
      <input
        id={id}
        type="search"
        value={search}
        autoComplete="off"
        placeholder={t("umkm.picker.placeholder")}
        aria-describedby={`${id}-results${error ? ` ${id}-error` : ""}`}
        aria-invalid={error ? true : undefined}
        onChange={(event) => setSearch(event.target.value)}
      />
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
      <div id={`${id}-results`} aria-live="polite">
        {deferred.length >= 2 && fetching && !data && <LoadingState />}
        {deferred.length >= 2 && data && matches.length === 0 && <p className="field-hint">{t("umkm.picker.none")}</p>}
        {matches.length > 0 && (
          <ul className="picker-results" aria-label={t("umkm.picker.results")}>
            {matches.map((region) => (
              <li key={region.code}>
                <button type="button" onClick={() => onChange({ code: region.code, name: region.name })}>
                  {region.name} <small>{region.parent ? region.parent.name : region.code}</small>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
