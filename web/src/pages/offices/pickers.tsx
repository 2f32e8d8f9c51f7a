import { useEffect, useId, useState, type ReactNode } from "react";
import { useQuery } from "urql";
import { useT, type MessageKey } from "../../i18n/i18n";
import {
  BpjsOfficePicker_List,
  BranchPicker_List,
  ChapterPicker_Search,
  ChapterPicker_Selected,
  MouPicker_List,
  OfficePicker_Search,
  OfficePicker_Selected,
  RegionPicker_Search,
  RegionPicker_Selected,
} from "./pickers.graphql";

export interface Option {
  value: string;
  label: string;
}

interface PickerProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
  /** The label of the "nothing chosen" option; without it a value must be chosen. */
  noneLabel?: string;
  disabled?: boolean;
}

/** Waits for the user to stop typing before asking the API. */
function useSettled(value: string, delay = 250): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/** A select whose options come from the API, with the current value always among them. */
function PickerSelect({
  label,
  value,
  onChange,
  error,
  required,
  noneLabel,
  disabled,
  options,
  selected,
  loading,
  search,
}: PickerProps & { options: Option[]; selected?: Option | null; loading?: boolean; search?: ReactNode }) {
  const t = useT();
  const id = useId();
  const all = selected && !options.some((option) => option.value === selected.value) ? [selected, ...options] : options;
  const describedBy = error ? `${id}-error` : undefined;
  return (
    <div className={error ? "field field-invalid picker" : "field picker"}>
      {search}
      <label htmlFor={id}>
        {label} {!required && <small>({t("common.optional")})</small>}
      </label>
      <select
        id={id}
        value={value}
        required={required}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        aria-busy={loading || undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {(noneLabel !== undefined || !value) && <option value="">{noneLabel ?? t("offices.picker.choose")}</option>}
        {all.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

function SearchBox({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="picker-search-label">
        {label}
      </label>
      <input
        id={id}
        type="search"
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </>
  );
}

/** "Kantor induk" → "kantor induk", but "OK OCE …" and other acronyms keep their case. */
function lowerFirst(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}

/** The search box above a picker, and what was typed in it once the user stopped typing. */
function usePickerSearch(label: string): { settled: string; searchBox: ReactNode } {
  const t = useT();
  const [search, setSearch] = useState("");
  const settled = useSettled(search.trim());
  const searchBox = (
    <SearchBox
      label={t.format("offices.picker.search", { what: lowerFirst(label) })}
      value={search}
      onChange={setSearch}
    />
  );
  return { settled, searchBox };
}

const OFFICE_LEVELS = ["PROVINCE", "REGENCY", "DISTRICT"];

/** A province, regency/city or kecamatan found by name or code ("Batam", "21.71"). */
export function RegionPicker(props: PickerProps & { officeLevelsOnly?: boolean }) {
  const t = useT();
  const { settled, searchBox } = usePickerSearch(props.label);
  const [found] = useQuery({ query: RegionPicker_Search, variables: { search: settled }, pause: !settled });
  const [current] = useQuery({ query: RegionPicker_Selected, variables: { code: props.value }, pause: !props.value });
  const regionLabel = (region: { code: string; name: string; level: string }) =>
    `${region.name} (${t(`level.${region.level}` as MessageKey)}, ${region.code})`;
  const options = (found.data?.regions.nodes ?? [])
    .filter((region) => !props.officeLevelsOnly || OFFICE_LEVELS.includes(region.level))
    .map((region) => ({ value: region.code, label: regionLabel(region) }));
  const selectedRegion = current.data?.region;
  const selected = props.value
    ? { value: props.value, label: selectedRegion ? regionLabel(selectedRegion) : props.value }
    : null;
  return <PickerSelect {...props} options={options} selected={selected} loading={found.fetching} search={searchBox} />;
}

/** A Kantor Perisai the viewer may see, by name. */
export function OfficePicker(props: PickerProps & { exclude?: string; current?: Option | null }) {
  const t = useT();
  const { settled, searchBox } = usePickerSearch(props.label);
  const [found] = useQuery({ query: OfficePicker_Search, variables: { search: settled || null } });
  const known = props.current?.value === props.value ? props.current : null;
  const [current] = useQuery({
    query: OfficePicker_Selected,
    variables: { id: props.value },
    pause: !props.value || Boolean(known),
  });
  const options = (found.data?.perisaiOffices.nodes ?? [])
    .filter((office) => office.id !== props.exclude)
    .map((office) => ({ value: office.id, label: office.name }));
  const selectedOffice = current.data?.perisaiOffice;
  const selected = props.value
    ? (known ?? { value: props.value, label: selectedOffice?.name ?? t("offices.picker.outsideScope") })
    : null;
  return <PickerSelect {...props} options={options} selected={selected} loading={found.fetching} search={searchBox} />;
}

/** An OK OCE chapter by name, those working in a region first when one is given. */
export function ChapterPicker(props: PickerProps & { regionCode?: string; current?: Option | null }) {
  const { settled, searchBox } = usePickerSearch(props.label);
  const filter = settled ? { search: settled } : props.regionCode ? { regionCode: props.regionCode } : {};
  const [found] = useQuery({ query: ChapterPicker_Search, variables: { filter } });
  const known = props.current?.value === props.value ? props.current : null;
  const [current] = useQuery({
    query: ChapterPicker_Selected,
    variables: { id: props.value },
    pause: !props.value || Boolean(known),
  });
  const options = (found.data?.chapters.nodes ?? []).map((chapter) => ({ value: chapter.id, label: chapter.name }));
  const selected = props.value
    ? (known ?? { value: props.value, label: current.data?.chapter?.name ?? props.value })
    : null;
  return <PickerSelect {...props} options={options} selected={selected} loading={found.fetching} search={searchBox} />;
}

/** A BPJAMSOSTEK Kantor Cabang or Kantor Cabang Perintis, the offices that supervise a Kantor Perisai. */
export function BranchPicker(props: PickerProps & { current?: Option | null }) {
  const [{ data, fetching }] = useQuery({ query: BranchPicker_List });
  const options = [...(data?.cabang.nodes ?? []), ...(data?.kcp.nodes ?? [])]
    .map((office) => ({ value: office.id, label: office.name }))
    .sort((a, b) => a.label.localeCompare(b.label, "id"));
  return <PickerSelect {...props} options={options} selected={props.current ?? null} loading={fetching} />;
}

/** Any BPJAMSOSTEK office (an MoU may be signed at any level). */
export function BpjsOfficePicker(props: PickerProps & { current?: Option | null }) {
  const [{ data, fetching }] = useQuery({ query: BpjsOfficePicker_List });
  const options = (data?.bpjsOffices.nodes ?? []).map((office) => ({ value: office.id, label: office.name }));
  return <PickerSelect {...props} options={options} selected={props.current ?? null} loading={fetching} />;
}

export function MouPicker(props: PickerProps & { current?: Option | null }) {
  const [{ data, fetching }] = useQuery({ query: MouPicker_List });
  const options = (data?.mous.nodes ?? []).map((mou) => ({ value: mou.id, label: mou.number }));
  return <PickerSelect {...props} options={options} selected={props.current ?? null} loading={fetching} />;
}
