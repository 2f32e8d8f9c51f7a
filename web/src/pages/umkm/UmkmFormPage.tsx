import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { useAbilities } from "../../auth/permissions";
import { SelectField, TextField } from "../../components/Field";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import { readFragment, type ResultOf } from "../../graphql/graphql";
import { useT } from "../../i18n/i18n";
import "../agents/agents.css";
import { localizedErrors, OtherErrors } from "../agents/user-errors";
import { useUmkmLabels } from "./labels";
import { SEVEN_PAS_STAGES, UMKM_CLASSES, type SevenPasStage, type UmkmClass } from "./list-state";
import { RegionPicker, type PickedRegion } from "./RegionPicker";
import { draftOf, inputOf, type UmkmDraft } from "./umkm-draft";
import {
  UmkmFormPage_Create,
  UmkmFormPage_Fields,
  UmkmFormPage_Sectors,
  UmkmFormPage_Umkm,
  UmkmFormPage_Update,
  UmkmFormPage_Villages,
} from "./UmkmFormPage.graphql";

type Stored = ResultOf<typeof UmkmFormPage_Fields>;

/** /umkm/baru: registers a business. */
export function CreateUmkmPage() {
  const t = useT();
  const may = useAbilities();
  const [{ data, fetching, error }] = useQuery({ query: UmkmFormPage_Sectors });
  if (!may("manageUmkm")) return <EmptyState message={t("umkm.form.notAllowed")} />;
  if (fetching && !data) return <LoadingState />;
  if (!data) return <ErrorState error={error} />;
  return <UmkmForm sectors={data.umkmSectors} stored={null} />;
}

/** /umkm/:id/ubah: edits a business; only the fields changed are sent, with the version read. */
export function EditUmkmPage() {
  const t = useT();
  const may = useAbilities();
  const { id = "" } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: UmkmFormPage_Umkm, variables: { id } });
  if (!may("manageUmkm")) return <EmptyState message={t("umkm.form.notAllowed")} />;
  if (fetching && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  if (!data?.umkm) return <EmptyState message={t("umkm.detail.notFound")} />;
  const stored = readFragment(UmkmFormPage_Fields, data.umkm);
  // Keyed by version: after a save elsewhere the form starts from what is stored now.
  return <UmkmForm key={stored.version} sectors={data.umkmSectors} stored={stored} />;
}

function UmkmForm({ sectors, stored }: { sectors: readonly string[]; stored: Stored | null }) {
  const t = useT();
  const labels = useUmkmLabels();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<UmkmDraft>(() => draftOf(stored));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [creation, create] = useMutation(UmkmFormPage_Create);
  const [update, save] = useMutation(UmkmFormPage_Update);
  const { fetching, error } = stored ? update : creation;
  const set = <Key extends keyof UmkmDraft>(key: Key, value: UmkmDraft[Key]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors({});
    const input = inputOf(draft, stored);
    if (!input.ok) {
      setErrors(Object.fromEntries(input.invalid.map((field) => [field, t("agents.error.INVALID")])));
      return;
    }
    const payload = stored
      ? (await save({ input: { id: stored.id, expectedVersion: stored.version, ...input.value } })).data?.updateUmkm
      : (await create({ input: input.value as Parameters<typeof create>[0]["input"] })).data?.createUmkm;
    if (!payload) return;
    if (payload.userErrors.length > 0 || !payload.umkm) setErrors(localizedErrors(t, payload.userErrors));
    else navigate(`/umkm/${encodeURIComponent(readFragment(UmkmFormPage_Fields, payload.umkm).id)}`, { replace: true });
  };

  const title = stored ? t.format("umkm.form.editTitle", { name: stored.businessName }) : t("umkm.form.createTitle");
  return (
    <>
      <nav aria-label={t("agent.breadcrumbs")} className="breadcrumbs">
        <ol>
          <li>
            <Link to="/umkm">{t("nav.umkm")}</Link>
          </li>
          {stored && (
            <li>
              <Link to={`/umkm/${encodeURIComponent(stored.id)}`}>{stored.businessName}</Link>
            </li>
          )}
          <li aria-current="page">{stored ? t("umkm.detail.edit") : t("umkm.form.createTitle")}</li>
        </ol>
      </nav>
      <h1>{title}</h1>
      <form className="entity-form" onSubmit={onSubmit} noValidate>
        <div className="form-grid">
          <TextField
            label={t("umkm.field.businessName")}
            required
            value={draft.businessName}
            error={errors.businessName}
            onChange={(event) => set("businessName", event.target.value)}
          />
          <TextField
            label={t("umkm.field.ownerName")}
            required
            value={draft.ownerName}
            error={errors.ownerName}
            onChange={(event) => set("ownerName", event.target.value)}
          />
          <TextField
            label={t("umkm.field.ownerNik")}
            required={!stored}
            inputMode="numeric"
            autoComplete="off"
            maxLength={16}
            value={draft.ownerNik}
            error={errors.ownerNik}
            hint={stored ? t("umkm.form.keepWhenEmpty") : t("agents.form.nikHint")}
            onChange={(event) => set("ownerNik", event.target.value)}
          />
          <TextField
            label={t("umkm.field.phone")}
            type="tel"
            autoComplete="off"
            value={draft.phone}
            error={errors.phone}
            hint={stored && draft.phoneMasked ? t("umkm.form.keepWhenEmpty") : t("agents.form.phoneHint")}
            onChange={(event) => set("phone", event.target.value)}
          />
          <SelectField
            label={t("umkm.field.sector")}
            required
            value={draft.sector}
            error={errors.sector}
            onChange={(event) => set("sector", event.target.value)}
          >
            <option value="">{t("umkm.form.choose")}</option>
            {sectors.map((sector) => (
              <option key={sector} value={sector}>
                {sector}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("umkm.field.class")}
            required
            value={draft.umkmClass}
            error={errors.umkmClass}
            onChange={(event) => set("umkmClass", event.target.value as UmkmClass)}
          >
            {UMKM_CLASSES.map((value) => (
              <option key={value} value={value}>
                {labels.umkmClass(value)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("umkm.field.stage")}
            required
            value={draft.stage}
            error={errors.stage}
            onChange={(event) => set("stage", event.target.value as SevenPasStage)}
          >
            {SEVEN_PAS_STAGES.map((value) => (
              <option key={value} value={value}>
                {labels.stage(value)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t("umkm.field.workers")}
            required
            type="number"
            min={0}
            value={draft.workers}
            error={errors.workers}
            onChange={(event) => set("workers", event.target.value)}
          />
          <TextField
            label={t("umkm.field.joinedOn")}
            required
            type="date"
            value={draft.joinedOn}
            error={errors.joinedOn}
            onChange={(event) => set("joinedOn", event.target.value)}
          />
          <TextField
            label={t("umkm.field.businessCapital")}
            type="number"
            min={0}
            value={draft.businessCapital}
            error={errors.businessCapital}
            hint={t("umkm.form.rupiahHint")}
            onChange={(event) => set("businessCapital", event.target.value)}
          />
          <TextField
            label={t("umkm.field.annualSales")}
            type="number"
            min={0}
            value={draft.annualSales}
            error={errors.annualSales}
            hint={t("umkm.form.rupiahHint")}
            onChange={(event) => set("annualSales", event.target.value)}
          />
        </div>
        <div className="field">
          <label>
            <input
              type="checkbox"
              checked={draft.streetVendor}
              onChange={(event) => set("streetVendor", event.target.checked)}
            />{" "}
            {t("umkm.form.streetVendor")}
          </label>
        </div>
        <RegionPicker
          label={t("umkm.field.kecamatan")}
          level="DISTRICT"
          required
          value={draft.kecamatan}
          error={errors.kecamatanCode}
          onChange={(region: PickedRegion | null) =>
            setDraft((current) => ({ ...current, kecamatan: region, villageCode: "" }))
          }
        />
        <VillageSelect
          kecamatanCode={draft.kecamatan?.code ?? null}
          value={draft.villageCode}
          error={errors.villageCode}
          onChange={(code) => set("villageCode", code)}
        />
        <OtherErrors
          errors={errors}
          known={[
            "businessName",
            "ownerName",
            "ownerNik",
            "phone",
            "sector",
            "umkmClass",
            "stage",
            "workers",
            "joinedOn",
            "businessCapital",
            "annualSales",
            "kecamatanCode",
            "villageCode",
          ]}
        />
        {error && <ErrorState error={error} />}
        <div className="actions">
          <button type="submit" disabled={fetching}>
            {fetching ? t("agent.saving") : stored ? t("umkm.form.save") : t("umkm.form.create")}
          </button>
          <Link to={stored ? `/umkm/${encodeURIComponent(stored.id)}` : "/umkm"}>{t("common.cancel")}</Link>
        </div>
      </form>
    </>
  );
}

function VillageSelect({
  kecamatanCode,
  value,
  error,
  onChange,
}: {
  kecamatanCode: string | null;
  value: string;
  error?: string;
  onChange: (code: string) => void;
}) {
  const t = useT();
  const [{ data }] = useQuery({
    query: UmkmFormPage_Villages,
    variables: { code: kecamatanCode ?? "" },
    pause: !kecamatanCode,
  });
  const villages = data?.region?.children.nodes ?? [];
  return (
    <SelectField
      label={t("umkm.field.village")}
      value={value}
      error={error}
      disabled={!kecamatanCode}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{t("umkm.form.noVillage")}</option>
      {villages.map((village) => (
        <option key={village.code} value={village.code}>
          {village.name}
        </option>
      ))}
    </SelectField>
  );
}
