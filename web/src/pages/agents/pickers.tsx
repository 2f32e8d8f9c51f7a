import { useDeferredValue, useId, useState } from "react";
import { useQuery } from "urql";
import { LoadingState } from "../../components/Status";
import { useT } from "../../i18n/i18n";
import { OfficePicker_Search, TerritoryPicker_Kecamatan } from "./pickers.graphql";

export interface PickedOffice {
  id: string;
  name: string;
  region: { code: string; name: string };
}

/**
 * Chooses a Kantor Perisai by typing part of its name: the matches are buttons below the field. Once chosen, the
 * office shows with a button to choose again.
 */
export function OfficePicker({
  label,
  value,
  onChange,
  activeOnly,
  excludeId,
  error,
}: {
  label: string;
  value: PickedOffice | null;
  onChange: (office: PickedOffice | null) => void;
  /** Only ACTIVE offices take agents in. */
  activeOnly?: boolean;
  excludeId?: string;
  error?: string;
}) {
  const t = useT();
  const id = useId();
  const [search, setSearch] = useState("");
  const deferred = useDeferredValue(search.trim());
  const [{ data, fetching }] = useQuery({
    query: OfficePicker_Search,
    variables: { filter: { search: deferred, ...(activeOnly ? { status: "ACTIVE" as const } : {}) } },
    pause: value !== null || deferred.length < 2,
  });
  const matches = (data?.perisaiOffices.nodes ?? []).filter((office) => office.id !== excludeId);

  if (value) {
    return (
      <div className="field">
        <span id={`${id}-label`}>{label}</span>
        <div className="picked" role="group" aria-labelledby={`${id}-label`}>
          <strong>{value.name}</strong>{" "}
          <button type="button" onClick={() => onChange(null)}>
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
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={search}
        autoComplete="off"
        placeholder={t("agents.picker.officePlaceholder")}
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
        {deferred.length >= 2 && data && matches.length === 0 && (
          <p className="field-hint">{t("agents.picker.noOffice")}</p>
        )}
        {matches.length > 0 && (
          <ul className="picker-results" aria-label={t("agents.picker.officeResults")}>
            {matches.map((office) => (
              <li key={office.id}>
                <button type="button" onClick={() => onChange(office)}>
                  {office.name} <small>{office.region.name}</small>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** The kecamatan of an office's region as checkboxes; an agent works in 1 to 20 of them. */
export function TerritoryPicker({
  regionCode,
  value,
  onChange,
  error,
}: {
  regionCode: string | null;
  value: readonly string[];
  onChange: (codes: string[]) => void;
  error?: string;
}) {
  const t = useT();
  const id = useId();
  const [{ data, fetching }] = useQuery({
    query: TerritoryPicker_Kecamatan,
    variables: { regionCode: regionCode ?? "" },
    pause: !regionCode,
  });
  const kecamatan = data?.regions.nodes ?? [];
  return (
    <fieldset
      className={error ? "territory field-invalid" : "territory"}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{t("agents.form.territory")}</legend>
      {!regionCode && <p className="field-hint">{t("agents.form.territoryFirstOffice")}</p>}
      {regionCode && fetching && !data && <LoadingState />}
      <div className="territory-options">
        {kecamatan.map((region) => (
          <label key={region.code}>
            <input
              type="checkbox"
              checked={value.includes(region.code)}
              onChange={(event) =>
                onChange(event.target.checked ? [...value, region.code] : value.filter((code) => code !== region.code))
              }
            />{" "}
            {region.name}
          </label>
        ))}
      </div>
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </fieldset>
  );
}
