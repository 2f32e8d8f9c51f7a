import { useEffect, useState, type FormEvent } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { useAbilities } from "../../auth/permissions";
import { signIn, useSession } from "../../auth/session";
import { FormErrors, SelectField, TextField } from "../../components/Field";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import type { ResultOf, VariablesOf } from "../../graphql/graphql";
import { useT } from "../../i18n/i18n";
import { useOfficeStatusLabel } from "./OfficeStatusBadge";
import {
  OfficeFormPage_Create,
  OfficeFormPage_Office,
  OfficeFormPage_RefreshSession,
  OfficeFormPage_Update,
} from "./OfficeFormPage.graphql";
import { BranchPicker, ChapterPicker, MouPicker, OfficePicker, RegionPicker, type Option } from "./pickers";
import { OFFICE_STATUSES } from "./url-state";
import { isStale, localizedErrors } from "./user-errors";
import "./offices.css";

type OfficeRecord = NonNullable<ResultOf<typeof OfficeFormPage_Office>["perisaiOffice"]>;
type UpdateInput = VariablesOf<typeof OfficeFormPage_Update>["input"];

interface Values {
  name: string;
  parentId: string;
  regionCode: string;
  hostChapterId: string;
  supervisingBranchId: string;
  mouId: string;
  status: string;
  pioneer: boolean;
  monthlyTarget: string;
  establishedOn: string;
  address: string;
}

/** Today in Asia/Jakarta, "YYYY-MM-DD". */
function jakartaToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date());
}

function valuesOf(office: OfficeRecord): Values {
  return {
    name: office.name,
    parentId: office.parent?.id ?? "",
    regionCode: office.region.code,
    hostChapterId: office.hostChapter?.id ?? "",
    supervisingBranchId: office.supervisingBranch.id,
    mouId: office.mou?.id ?? "",
    status: office.status,
    pioneer: office.pioneer,
    monthlyTarget: String(office.monthlyTarget),
    establishedOn: office.establishedOn,
    address: office.address ?? "",
  };
}

/** A new office under its parent (/kantor/baru?induk=…) takes the parent's region, branch and MoU. */
function newValues(parent: OfficeRecord | null): Values {
  return {
    name: "",
    parentId: parent?.id ?? "",
    regionCode: parent?.region.code ?? "",
    hostChapterId: "",
    supervisingBranchId: parent?.supervisingBranch.id ?? "",
    mouId: parent?.mou?.id ?? "",
    status: "PROPOSED",
    pioneer: false,
    monthlyTarget: "",
    establishedOn: jakartaToday(),
    address: "",
  };
}

/** /kantor/baru and /kantor/:id/ubah. */
export function OfficeFormPage({ mode }: { mode: "create" | "edit" }) {
  const t = useT();
  const may = useAbilities();
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  const sourceId = mode === "edit" ? id : (params.get("induk") ?? "");
  const [{ data, fetching, error }, refetch] = useQuery({
    query: OfficeFormPage_Office,
    variables: { id: sourceId },
    pause: !sourceId,
    requestPolicy: "cache-and-network",
  });
  const [reloads, setReloads] = useState(0);
  const title = mode === "edit" ? t("offices.form.editTitle") : t("offices.form.createTitle");

  if (!may("manageOffices"))
    return (
      <>
        <h1>{title}</h1>
        <EmptyState message={t("offices.form.notAllowed")} />
        <Link to="/kantor">{t("offices.detail.backToList")}</Link>
      </>
    );
  if (sourceId && fetching && !data) return <LoadingState />;
  if (sourceId && error && !data)
    return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  const source = data?.perisaiOffice ?? null;
  if (mode === "edit" && !source)
    return (
      <>
        <h1>{title}</h1>
        <EmptyState message={t("offices.detail.notFound")} />
        <Link to="/kantor">{t("offices.detail.backToList")}</Link>
      </>
    );

  return (
    <>
      <h1>{mode === "edit" && source ? `${title}: ${source.name}` : title}</h1>
      <OfficeForm
        key={`${source?.id}:${source?.version}:${reloads}`}
        mode={mode}
        source={source}
        onReload={() => {
          refetch({ requestPolicy: "network-only" });
          setReloads((value) => value + 1);
        }}
      />
    </>
  );
}

function OfficeForm({
  mode,
  source,
  onReload,
}: {
  mode: "create" | "edit";
  source: OfficeRecord | null;
  onReload: () => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const statusLabel = useOfficeStatusLabel();
  const session = useSession();
  const national = session?.user.role === "NATIONAL_COORDINATOR";
  const initial = mode === "edit" && source ? valuesOf(source) : newValues(source);
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [stale, setStale] = useState(false);
  const [created, create] = useMutation(OfficeFormPage_Create);
  const [updated, update] = useMutation(OfficeFormPage_Update);
  const [, refreshSession] = useMutation(OfficeFormPage_RefreshSession);
  const saving = created.fetching || updated.fetching;
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((v) => ({ ...v, [key]: value }));

  // A new office follows the parent chosen: the national level's choices (branch, MoU) come from it.
  const [parentData] = useQuery({
    query: OfficeFormPage_Office,
    variables: { id: values.parentId },
    pause: mode === "edit" || !values.parentId || values.parentId === source?.id,
  });
  const chosenParent = parentData.data?.perisaiOffice;
  useEffect(() => {
    if (!chosenParent) return;
    setValues((v) => ({
      ...v,
      supervisingBranchId: chosenParent.supervisingBranch.id,
      mouId: chosenParent.mou?.id ?? "",
      regionCode: v.regionCode || chosenParent.region.code,
    }));
  }, [chosenParent?.id]);

  const current = (option: { id: string; name: string } | null | undefined): Option | null =>
    option ? { value: option.id, label: option.name } : null;
  const parentForDefaults = mode === "edit" ? null : (chosenParent ?? source);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStale(false);
    const local: Record<string, string> = {};
    const target = Number(values.monthlyTarget);
    if (values.monthlyTarget.trim() === "" || !Number.isInteger(target))
      local.monthlyTarget = t("offices.error.wholeNumber");
    if (!values.establishedOn) local.establishedOn = t("offices.error.REQUIRED");
    if (!values.regionCode) local.regionCode = t("offices.error.REQUIRED");
    if (!values.supervisingBranchId) local.supervisingBranchId = t("offices.error.REQUIRED");
    if (Object.keys(local).length) {
      setErrors(local);
      return;
    }
    const fields = {
      name: values.name,
      parentId: values.parentId || null,
      regionCode: values.regionCode,
      hostChapterId: values.hostChapterId || null,
      supervisingBranchId: values.supervisingBranchId,
      mouId: values.mouId || null,
      status: values.status as (typeof OFFICE_STATUSES)[number],
      pioneer: values.pioneer,
      monthlyTarget: target,
      establishedOn: values.establishedOn,
      address: values.address.trim() || null,
    };
    if (mode === "create") {
      const result = await create({ input: fields });
      const payload = result.data?.createPerisaiOffice;
      if (payload?.perisaiOffice) {
        // A scope-limited user's token lists the offices they see: renew it so the new one is among them.
        if (session && !national) {
          const renewed = (await refreshSession({})).data?.refreshSession;
          if (renewed?.token)
            signIn({ ...session, token: renewed.token, expiresAt: renewed.expiresAt ?? session.expiresAt });
        }
        navigate(`/kantor/${encodeURIComponent(payload.perisaiOffice.id)}`, {
          state: { saved: true, createdName: values.name.trim() },
        });
        return;
      }
      setErrors(payload ? localizedErrors(payload.userErrors, t) : { "": t("state.error") });
      return;
    }
    if (!source) return;
    // Only what changed: an office admin may not resend what the national level decides (e.g. the parent).
    const before = valuesOf(source);
    const input: UpdateInput = { id: source.id, expectedVersion: source.version };
    const changed = (key: keyof Values) => values[key] !== before[key];
    for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
      if (changed(key)) Object.assign(input, { [key]: fields[key] });
    }
    const result = await update({ input });
    const payload = result.data?.updatePerisaiOffice;
    if (payload?.perisaiOffice) {
      navigate(`/kantor/${encodeURIComponent(payload.perisaiOffice.id)}`, { state: { saved: true } });
      return;
    }
    if (payload && isStale(payload.userErrors)) setStale(true);
    setErrors(payload ? localizedErrors(payload.userErrors, t) : { "": t("state.error") });
  };

  const statuses = mode === "create" ? (["PROPOSED", "ACTIVE"] as const) : OFFICE_STATUSES;
  const cancelTo = source ? `/kantor/${encodeURIComponent(source.id)}` : "/kantor";

  return (
    <form className="office-form" onSubmit={onSubmit} noValidate aria-describedby="office-form-required">
      <p id="office-form-required" className="field-hint">
        {t("offices.form.requiredHint")}
      </p>
      {stale && (
        <div className="stale" role="alert">
          <p>{t("offices.form.stale")}</p>
          <button type="button" onClick={onReload}>
            {t("offices.form.reload")}
          </button>
        </div>
      )}
      <fieldset>
        <legend>{t("offices.form.identity")}</legend>
        <TextField
          label={t("offices.field.name")}
          required
          value={values.name}
          onChange={(event) => set("name")(event.target.value)}
          error={errors.name}
          maxLength={200}
        />
        <SelectField
          label={t("offices.field.status")}
          required
          value={values.status}
          onChange={(event) => set("status")(event.target.value)}
          error={errors.status}
        >
          {statuses.map((status) => (
            <option key={status} value={status}>
              {statusLabel(status)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("offices.field.establishedOn")}
          required
          type="date"
          value={values.establishedOn}
          onChange={(event) => set("establishedOn")(event.target.value)}
          error={errors.establishedOn}
        />
        <TextField
          label={t("offices.field.monthlyTarget")}
          required
          type="number"
          inputMode="numeric"
          step={1}
          value={values.monthlyTarget}
          onChange={(event) => set("monthlyTarget")(event.target.value)}
          error={errors.monthlyTarget}
          hint={t("offices.form.monthlyTargetHint")}
        />
        <TextField
          label={t("offices.field.address")}
          value={values.address}
          onChange={(event) => set("address")(event.target.value)}
          error={errors.address}
        />
      </fieldset>
      <fieldset>
        <legend>{t("offices.form.placement")}</legend>
        {/* An office admin's own top office hangs under one they cannot see: its place is not theirs to change. */}
        {!national && mode === "edit" && !source?.parent ? (
          <p className="field">
            <span>{t("offices.field.parent")}</span>
            <span className="field-hint">{t("offices.form.parentOutsideScope")}</span>
          </p>
        ) : (
          <OfficePicker
            label={t("offices.field.parent")}
            value={values.parentId}
            onChange={set("parentId")}
            error={errors.parentId}
            required={!national}
            noneLabel={national ? t("offices.form.noParent") : undefined}
            exclude={mode === "edit" ? source?.id : undefined}
            current={mode === "edit" ? current(source?.parent) : current(source)}
          />
        )}
        <RegionPicker
          label={t("offices.field.region")}
          value={values.regionCode}
          onChange={set("regionCode")}
          error={errors.regionCode}
          required
          officeLevelsOnly
        />
        <ChapterPicker
          label={t("offices.field.hostChapter")}
          value={values.hostChapterId}
          onChange={set("hostChapterId")}
          error={errors.hostChapterId}
          regionCode={values.regionCode}
          noneLabel={t("offices.form.none")}
          current={mode === "edit" ? current(source?.hostChapter) : null}
        />
      </fieldset>
      <fieldset>
        <legend>{t("offices.form.national")}</legend>
        {!national && <p className="field-hint">{t("offices.form.nationalHint")}</p>}
        <BranchPicker
          label={t("offices.field.branch")}
          value={values.supervisingBranchId}
          onChange={set("supervisingBranchId")}
          error={errors.supervisingBranchId}
          required
          disabled={!national}
          current={current(mode === "edit" ? source?.supervisingBranch : parentForDefaults?.supervisingBranch)}
        />
        <MouPicker
          label={t("offices.field.mou")}
          value={values.mouId}
          onChange={set("mouId")}
          error={errors.mouId}
          disabled={!national}
          noneLabel={t("offices.form.none")}
          current={
            mode === "edit"
              ? source?.mou
                ? { value: source.mou.id, label: source.mou.number }
                : null
              : parentForDefaults?.mou
                ? { value: parentForDefaults.mou.id, label: parentForDefaults.mou.number }
                : null
          }
        />
        {national && (
          <div className={errors.pioneer ? "field field-invalid" : "field"}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={values.pioneer}
                onChange={(event) => set("pioneer")(event.target.checked)}
                aria-describedby={errors.pioneer ? "office-pioneer-error" : undefined}
              />
              <span>{t("offices.field.pioneerFlag")}</span>
            </label>
            {errors.pioneer && (
              <span id="office-pioneer-error" className="field-error" role="alert">
                {errors.pioneer}
              </span>
            )}
          </div>
        )}
      </fieldset>
      <FormErrors errors={errors} />
      {Object.keys(errors).length > 0 && !stale && (
        <p className="form-error" role="alert">
          {t("offices.form.notSaved")}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={saving}>
          {saving ? t("offices.form.saving") : mode === "create" ? t("offices.form.create") : t("offices.form.save")}
        </button>
        <Link to={cancelTo}>{t("common.cancel")}</Link>
      </div>
    </form>
  );
}
