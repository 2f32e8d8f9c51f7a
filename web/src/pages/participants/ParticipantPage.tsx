import { useCallback, useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import { useClient, useMutation, useQuery } from "urql";
import { useAbilities } from "../../auth/permissions";
import { DataTable, type Column } from "../../components/DataTable";
import { FormErrors, TextField } from "../../components/Field";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import type { ResultOf } from "../../graphql/graphql";
import { useT } from "../../i18n/i18n";
import {
  ParticipantPage_Contributions,
  ParticipantPage_Due,
  ParticipantPage_Participant,
  ParticipantPage_Record,
  ParticipantPage_Reveal,
} from "./ParticipantPage.graphql";
import { ParticipantStatusBadge } from "./ParticipantStatusBadge";
import { formatPeriod, jakartaToday, suggestedPeriod } from "./participant-format";
import { useProgramName } from "./programs";
import { useLocalizedErrors } from "./user-errors";
import "./participants.css";

type Participant = NonNullable<ResultOf<typeof ParticipantPage_Participant>["participant"]>;
type ContributionRow = ResultOf<typeof ParticipantPage_Contributions>["contributions"]["nodes"][number];

const PAGE_SIZE = 50;

/** /peserta/:id — one participant: the person, where they belong, their protection and their contributions. */
export function ParticipantPage() {
  const t = useT();
  const { id = "" } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ParticipantPage_Participant, variables: { id } });
  const participant = data?.participant;

  if (fetching && !data) return <LoadingState />;
  if (error && !participant)
    return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  if (!participant)
    return (
      <>
        <EmptyState message={t("participants.detail.notFound")} />
        <Link to="/peserta">{t("participants.backToList")}</Link>
      </>
    );

  return (
    <>
      <nav aria-label={t("participants.breadcrumbs")} className="breadcrumbs">
        <ol>
          <li>
            <Link to="/peserta">{t("participants.list.title")}</Link>
          </li>
          <li aria-current="page">{participant.kpjNumber}</li>
        </ol>
      </nav>
      <h1>
        {participant.name} <small className="mono">KPJ {participant.kpjNumber}</small>{" "}
        <ParticipantStatusBadge status={participant.status} />
      </h1>
      {error && <ErrorState error={error} />}
      <ParticipantDetails participant={participant} />
      <Contributions participant={participant} />
    </>
  );
}

function ParticipantDetails({ participant }: { participant: Participant }) {
  const t = useT();
  const may = useAbilities();
  const programName = useProgramName();
  const [revealed, setRevealed] = useState<{ nik: string | null; phone: string | null; birthDate: string | null }>();
  const nik = revealed?.nik ?? participant.nik;
  const phone = revealed ? revealed.phone : participant.phone;
  const birthDate = revealed?.birthDate ?? participant.birthDate;
  // A masked value carries asterisks; what the server sends in clear needs no reveal.
  const masked = [participant.nik, participant.phone ?? "", participant.birthDate].some((value) => value.includes("*"));

  return (
    <section aria-labelledby="participant-person">
      <h2 id="participant-person">{t("participants.detail.person")}</h2>
      <dl className="details">
        <div>
          <dt>{t("participants.field.nik")}</dt>
          <dd className="mono">{nik}</dd>
        </div>
        <div>
          <dt>{t("participants.field.birthDate")}</dt>
          <dd className="mono">{/^\d{4}-\d{2}-\d{2}$/.test(birthDate) ? t.date(birthDate) : birthDate}</dd>
        </div>
        <div>
          <dt>{t("participants.field.sex")}</dt>
          <dd>{t(`participants.sex.${participant.sex}`)}</dd>
        </div>
        <div>
          <dt>{t("participants.field.phone")}</dt>
          <dd className="mono">{phone ?? t("common.notAvailable")}</dd>
        </div>
        <div>
          <dt>{t("participants.field.kecamatan")}</dt>
          <dd>
            {participant.kecamatan.name} <span className="mono">({participant.kecamatan.code})</span>
          </dd>
        </div>
        <div>
          <dt>{t("participants.field.umkm")}</dt>
          <dd>
            {participant.umkm ? (
              <Link to={`/umkm/${encodeURIComponent(participant.umkm.id)}`}>{participant.umkm.businessName}</Link>
            ) : (
              t("common.notAvailable")
            )}
          </dd>
        </div>
        <div>
          <dt>{t("participants.field.agent")}</dt>
          <dd>
            {participant.agent ? (
              <Link to={`/agen/${encodeURIComponent(participant.agent.id)}`}>
                {participant.agent.name} ({participant.agent.agentNumber})
              </Link>
            ) : (
              t("common.notAvailable")
            )}
          </dd>
        </div>
        <div>
          <dt>{t("participants.field.office")}</dt>
          <dd>{participant.office?.name ?? t("common.notAvailable")}</dd>
        </div>
        <div>
          <dt>{t("participants.field.registeredOn")}</dt>
          <dd>{t.date(participant.registeredOn)}</dd>
        </div>
        <div>
          <dt>{t("participants.field.status")}</dt>
          <dd>
            <ParticipantStatusBadge status={participant.status} />
          </dd>
        </div>
        <div>
          <dt>{t("participants.field.programs")}</dt>
          <dd>
            {participant.programs.map((program) => (
              <abbr key={program} className="program" title={programName(program)}>
                {program}
              </abbr>
            ))}
          </dd>
        </div>
        <div>
          <dt>{t("participants.field.declaredIncome")}</dt>
          <dd>{t.rupiah(participant.declaredIncome)}</dd>
        </div>
        <div>
          <dt>{t("participants.detail.monthlyContribution")}</dt>
          <dd>
            <strong>{t.rupiah(participant.monthlyContribution.total)}</strong>{" "}
            <small>
              (JKK {t.rupiah(participant.monthlyContribution.jkk)} · JKM {t.rupiah(participant.monthlyContribution.jkm)}
              {participant.monthlyContribution.jht > 0 && ` · JHT ${t.rupiah(participant.monthlyContribution.jht)}`})
            </small>
          </dd>
        </div>
      </dl>
      {masked && !revealed && may("revealPersonalData") && (
        <RevealForm participantId={participant.id} onRevealed={setRevealed} />
      )}
    </section>
  );
}

function RevealForm({
  participantId,
  onRevealed,
}: {
  participantId: string;
  onRevealed: (data: { nik: string | null; phone: string | null; birthDate: string | null }) => void;
}) {
  const t = useT();
  const localize = useLocalizedErrors();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [{ fetching, error }, reveal] = useMutation(ParticipantPage_Reveal);

  if (!open)
    return (
      <p>
        <button type="button" onClick={() => setOpen(true)} aria-expanded={false}>
          {t("participants.reveal.open")}
        </button>
      </p>
    );

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason.trim()) {
      setErrors({ reason: t("participants.reveal.reasonRequired") });
      return;
    }
    const result = await reveal({ input: { participantId, reason: reason.trim() } });
    const payload = result.data?.revealParticipant;
    if (!payload) return;
    if (payload.userErrors.length > 0) setErrors(localize(payload.userErrors, {}));
    else onRevealed({ nik: payload.nik, phone: payload.phone, birthDate: payload.birthDate });
  };

  return (
    <form className="action-form" onSubmit={onSubmit} noValidate aria-labelledby="reveal-title">
      <h3 id="reveal-title">{t("participants.reveal.title")}</h3>
      <TextField
        label={t("participants.reveal.reason")}
        required
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        hint={t("participants.reveal.hint")}
        error={errors.reason}
        autoFocus
      />
      <FormErrors errors={errors} />
      {error && <ErrorState error={error} />}
      <div className="actions">
        <button type="submit" disabled={fetching}>
          {t("participants.reveal.submit")}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}

function Contributions({ participant }: { participant: Participant }) {
  const t = useT();
  const may = useAbilities();
  const client = useClient();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ParticipantPage_Contributions,
    variables: { participantId: participant.id, first: PAGE_SIZE, after: null },
  });
  const [more, setMore] = useState<{ rows: ContributionRow[]; endCursor: string | null; hasNextPage: boolean }>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [recorded, setRecorded] = useState<string | null>(null);
  const first = data?.contributions;
  const pageInfo = more ?? first?.pageInfo;

  const loadMore = useCallback(async () => {
    if (loadingMore || !pageInfo?.hasNextPage || !pageInfo.endCursor) return;
    setLoadingMore(true);
    const result = await client
      .query(ParticipantPage_Contributions, {
        participantId: participant.id,
        first: PAGE_SIZE,
        after: pageInfo.endCursor,
      })
      .toPromise();
    const page = result.data?.contributions;
    if (page) {
      setMore((current) => ({
        rows: [...(current?.rows ?? []), ...page.nodes],
        endCursor: page.pageInfo.endCursor,
        hasNextPage: page.pageInfo.hasNextPage,
      }));
    }
    setLoadingMore(false);
  }, [client, loadingMore, pageInfo, participant.id]);

  const rows = first ? [...first.nodes, ...(more?.rows ?? [])] : [];
  const columns: Column<ContributionRow>[] = [
    {
      key: "period",
      header: t("participants.contribution.period"),
      rowHeader: true,
      cell: (row) => formatPeriod(row.period, t.language),
    },
    { key: "jkk", header: "JKK", numeric: true, cell: (row) => t.rupiah(row.jkk) },
    { key: "jkm", header: "JKM", numeric: true, cell: (row) => t.rupiah(row.jkm) },
    { key: "jht", header: "JHT", numeric: true, cell: (row) => t.rupiah(row.jht) },
    { key: "total", header: t("participants.contribution.total"), numeric: true, cell: (row) => t.rupiah(row.total) },
    { key: "paidOn", header: t("participants.contribution.paidOn"), cell: (row) => t.date(row.paidOn) },
    { key: "dueOn", header: t("participants.contribution.dueOn"), cell: (row) => t.date(row.dueOn) },
  ];

  return (
    <section aria-labelledby="participant-contributions">
      <h2 id="participant-contributions">{t("participants.contribution.title")}</h2>
      {may("recordContributions") && first && (
        <RecordContribution
          // A fresh form (and a fresh idempotency key) after every recorded payment.
          key={first.totalCount}
          participant={participant}
          latestPaid={first.nodes[0]?.period ?? null}
          onRecorded={(period) => {
            setRecorded(period);
            refetch({ requestPolicy: "network-only" });
          }}
        />
      )}
      <p role="status" aria-live="polite" className="record-done">
        {recorded && t.format("participants.contribution.recorded", { period: formatPeriod(recorded, t.language) })}
      </p>
      {fetching && !data && <LoadingState />}
      {error && !first && <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
      {first && (
        <>
          <p className="result-count" role="status" aria-live="polite">
            {t.format("participants.contribution.count", { count: t.number(first.totalCount) })}
          </p>
          {first.totalCount === 0 ? (
            <EmptyState message={t("participants.contribution.none")} />
          ) : (
            <DataTable
              caption={t("participants.contribution.title")}
              columns={columns}
              rows={rows}
              rowKey={(row) => row.id}
              totalCount={first.totalCount}
              onEndReached={loadMore}
              loadingMore={loadingMore}
              height={420}
            />
          )}
        </>
      )}
    </section>
  );
}

function newClientKey(): string {
  return typeof crypto.randomUUID === "function"
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * One month's payment. The idempotency key is made once per form: pressing save twice, or retrying after a
 * lost answer, records the payment once (the server answers duplicate: true).
 */
function RecordContribution({
  participant,
  latestPaid,
  onRecorded,
}: {
  participant: Participant;
  latestPaid: string | null;
  onRecorded: (period: string) => void;
}) {
  const t = useT();
  const localize = useLocalizedErrors();
  const today = jakartaToday();
  const [clientKey] = useState(newClientKey);
  const [period, setPeriod] = useState(() => suggestedPeriod(latestPaid, participant.registeredOn, today));
  const [paidOn, setPaidOn] = useState(today);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [{ fetching, error }, record] = useMutation(ParticipantPage_Record);
  const validPeriod = /^\d{4}-(0[1-9]|1[0-2])$/.test(period);
  const [due] = useQuery({
    query: ParticipantPage_Due,
    variables: { id: participant.id, onDate: `${period}-01` },
    pause: !validPeriod,
  });
  // Only the amount of the month on screen: while another month loads, the server computes it alone.
  const amount =
    validPeriod && due.operation?.variables.onDate === `${period}-01`
      ? due.data?.participant?.monthlyContribution.total
      : undefined;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!validPeriod) {
      setErrors({ period: t("participants.contribution.periodRequired") });
      return;
    }
    setErrors({});
    const result = await record({
      input: { participantId: participant.id, period, clientKey, paidOn: paidOn || null, amount: amount ?? null },
    });
    const payload = result.data?.recordContribution;
    if (!payload) return;
    if (payload.userErrors.length > 0) {
      setErrors(localize(payload.userErrors, {}));
      return;
    }
    onRecorded(payload.contribution?.period ?? period);
  };

  return (
    <form className="action-form record-contribution" onSubmit={onSubmit} noValidate aria-labelledby="record-title">
      <h3 id="record-title">{t("participants.contribution.record")}</h3>
      <TextField
        label={t("participants.contribution.period")}
        type="month"
        required
        value={period}
        min={participant.registeredOn.slice(0, 7)}
        max={today.slice(0, 7)}
        onChange={(event) => setPeriod(event.currentTarget.value)}
        error={errors.period}
        hint={validPeriod ? formatPeriod(period, t.language) : undefined}
      />
      <TextField
        label={t("participants.contribution.paidOn")}
        type="date"
        value={paidOn}
        max={today}
        onChange={(event) => setPaidOn(event.currentTarget.value)}
        error={errors.paidOn}
      />
      <p className="record-amount" aria-live="polite">
        {t("participants.contribution.amountDue")}: <strong>{t.rupiah(amount)}</strong>
      </p>
      {errors.amount && (
        <p className="field-error" role="alert">
          {errors.amount}
        </p>
      )}
      {errors.clientKey && (
        <p className="field-error" role="alert">
          {errors.clientKey}
        </p>
      )}
      <FormErrors errors={errors} />
      {error && <ErrorState error={error} />}
      <div className="actions">
        <button type="submit" disabled={fetching}>
          {fetching ? t("participants.saving") : t("participants.contribution.submit")}
        </button>
      </div>
    </form>
  );
}
