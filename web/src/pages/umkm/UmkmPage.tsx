import { useState, type ReactNode } from "react";
import { Link, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { useAbilities } from "../../auth/permissions";
import { Figures } from "../../components/Figures";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import { useT } from "../../i18n/i18n";
import "../agents/agents.css";
import { RevealPersonalData } from "../agents/RevealPersonalData";
import { useUmkmLabels } from "./labels";
import { UmkmPage_Reveal, UmkmPage_Umkm } from "./UmkmPage.graphql";

const isMasked = (value: string | null | undefined) => Boolean(value?.includes("*"));

/** One UMKM: the registry's record, the owner's personal data as the role may see it, and its coverage. */
export function UmkmPage() {
  const t = useT();
  const may = useAbilities();
  const labels = useUmkmLabels();
  const { id = "" } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: UmkmPage_Umkm, variables: { id } });
  const [, reveal] = useMutation(UmkmPage_Reveal);
  const [revealed, setRevealed] = useState<{ ownerNik: string | null; phone: string | null } | null>(null);
  const umkm = data?.umkm;

  if (fetching && !data) return <LoadingState />;
  if (error && !umkm) return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  if (!umkm)
    return (
      <>
        <EmptyState message={t("umkm.detail.notFound")} />
        <Link to="/umkm">{t("umkm.detail.backToList")}</Link>
      </>
    );

  const ownerNik = revealed?.ownerNik ?? umkm.ownerNik;
  const phone = revealed ? revealed.phone : umkm.phone;
  const canReveal = may("revealPersonalData") && !revealed && (isMasked(umkm.ownerNik) || isMasked(umkm.phone));
  const participants = umkm.participants;

  return (
    <>
      <nav aria-label={t("agent.breadcrumbs")} className="breadcrumbs">
        <ol>
          <li>
            <Link to="/umkm">{t("nav.umkm")}</Link>
          </li>
          <li aria-current="page">{umkm.businessName}</li>
        </ol>
      </nav>
      <div className="page-heading">
        <h1>{umkm.businessName}</h1>
        {may("manageUmkm") && (
          <Link className="button-link" to={`/umkm/${encodeURIComponent(umkm.id)}/ubah`}>
            {t("umkm.detail.edit")}
          </Link>
        )}
      </div>
      {/* Coverage can fail on its own: the UMKM still shows, with the error. */}
      {error && <ErrorState error={error} />}
      <dl className="details">
        <Detail term={t("umkm.field.ownerName")}>{umkm.ownerName}</Detail>
        <Detail term={t("umkm.field.ownerNik")}>
          <span className="mono">{ownerNik}</span>
          {isMasked(ownerNik) && <small> ({t("umkm.detail.masked")})</small>}
        </Detail>
        <Detail term={t("umkm.field.phone")}>
          <span className="mono">{phone ?? t("common.notAvailable")}</span>
        </Detail>
        <Detail term={t("umkm.field.kecamatan")}>{umkm.kecamatan.name}</Detail>
        <Detail term={t("umkm.field.village")}>{umkm.village?.name ?? t("common.notAvailable")}</Detail>
        <Detail term={t("umkm.field.sector")}>{umkm.sector}</Detail>
        <Detail term={t("umkm.field.class")}>{labels.umkmClass(umkm.umkmClass)}</Detail>
        <Detail term={t("umkm.field.stage")}>{labels.stage(umkm.stage)}</Detail>
        <Detail term={t("umkm.field.streetVendor")}>{umkm.streetVendor ? t("umkm.yes") : t("umkm.no")}</Detail>
        <Detail term={t("umkm.field.workers")}>{t.number(umkm.workers)}</Detail>
        <Detail term={t("umkm.field.joinedOn")}>{t.date(umkm.joinedOn)}</Detail>
        <Detail term={t("umkm.field.businessCapital")}>{t.rupiah(umkm.businessCapital)}</Detail>
        <Detail term={t("umkm.field.annualSales")}>{t.rupiah(umkm.annualSales)}</Detail>
        <Detail term={t("umkm.detail.chapter")}>{umkm.chapter?.name ?? t("common.notAvailable")}</Detail>
        <Detail term={t("umkm.detail.ownerAgent")}>
          {umkm.ownerAgent ? (
            <Link to={`/agen/${encodeURIComponent(umkm.ownerAgent.id)}`}>
              {umkm.ownerAgent.agentNumber} — {umkm.ownerAgent.name}
            </Link>
          ) : (
            t("common.notAvailable")
          )}
        </Detail>
      </dl>
      {canReveal && (
        <RevealPersonalData
          label={t("umkm.reveal.open")}
          reveal={async (reason) => {
            const result = await reveal({ input: { umkmId: umkm.id, reason } });
            const payload = result.data?.revealUmkmOwner;
            if (payload && payload.userErrors.length === 0)
              setRevealed({ ownerNik: payload.ownerNik ?? null, phone: payload.phone ?? null });
            return { userErrors: payload?.userErrors ?? [], error: result.error };
          }}
        />
      )}
      <h2>{t("umkm.detail.coverage")}</h2>
      <Figures
        figures={[
          {
            label: "umkm.field.covered",
            value: umkm.covered == null ? t("common.notAvailable") : umkm.covered ? t("umkm.yes") : t("umkm.no"),
          },
          { label: "umkm.detail.participants", value: t.number(participants.totalCount) },
        ]}
      />
      {participants.nodes.length === 0 ? (
        <EmptyState message={t("umkm.detail.noParticipants")} />
      ) : (
        <div className="table-scroll">
          <table>
            <caption>{t("umkm.detail.participants")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("umkm.detail.participantName")}</th>
                <th scope="col">KPJ</th>
                <th scope="col">{t("agent.status")}</th>
                <th scope="col">{t("umkm.detail.registeredOn")}</th>
              </tr>
            </thead>
            <tbody>
              {participants.nodes.map((participant) => (
                <tr key={participant.id}>
                  <th scope="row">
                    <Link to={`/peserta/${encodeURIComponent(participant.id)}`}>{participant.name}</Link>
                  </th>
                  <td className="mono">{participant.kpjNumber}</td>
                  <td>{t(participant.status === "ACTIVE" ? "umkm.participant.ACTIVE" : "umkm.participant.LAPSED")}</td>
                  <td>{t.date(participant.registeredOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
