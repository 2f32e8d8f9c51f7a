import { Link, useLocation, useParams } from "react-router";
import { useQuery } from "urql";
import { useAbilities } from "../../auth/permissions";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import { useT } from "../../i18n/i18n";
import { MouPage_Mou } from "./MouPage.graphql";
import { OfficeStatusBadge } from "./OfficeStatusBadge";
import "./offices.css";

/** One MoU: its parties and signatories, validity, target and the Kantor Perisai working under it. */
export function MouPage() {
  const t = useT();
  const may = useAbilities();
  const { id = "" } = useParams();
  const location = useLocation();
  const saved = (location.state as { saved?: boolean } | null)?.saved;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MouPage_Mou,
    variables: { id },
    requestPolicy: "cache-and-network",
  });
  const mou = data?.mou;

  if (fetching && !data) return <LoadingState />;
  if (error && !mou) return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  if (!mou)
    return (
      <>
        <h1>{t("offices.mou.notFoundTitle")}</h1>
        <EmptyState message={t("offices.mou.notFound")} />
        <Link to="/mou">{t("offices.mou.backToList")}</Link>
      </>
    );

  return (
    <>
      <nav aria-label={t("offices.detail.breadcrumbs")} className="breadcrumbs">
        <ol>
          <li>
            <Link to="/mou">{t("offices.mou.listTitle")}</Link>
          </li>
          <li aria-current="page">{mou.number}</li>
        </ol>
      </nav>
      <div className="page-heading">
        <h1>
          {t("offices.mou.heading")} <span className="mono">{mou.number}</span>
        </h1>
        {may("manageMous") && (
          <Link className="button-link" to={`/mou/${encodeURIComponent(mou.id)}/ubah`}>
            {t("offices.mou.edit")}
          </Link>
        )}
      </div>
      {saved && (
        <p className="notice" role="status">
          {t("offices.form.saved")}
        </p>
      )}
      <p className="mou-title">{mou.title}</p>
      <dl className="details">
        <div>
          <dt>{t("offices.mou.signedOn")}</dt>
          <dd>{t.date(mou.signedOn)}</dd>
        </div>
        <div>
          <dt>{t("offices.mou.place")}</dt>
          <dd>{mou.place}</dd>
        </div>
        <div>
          <dt>{t("offices.mou.validity")}</dt>
          <dd>
            {t.date(mou.validFrom)} – {mou.validUntil ? t.date(mou.validUntil) : t("offices.mou.openEnded")}{" "}
            <span className={mou.active ? "badge office-status-active" : "badge office-status-closed"}>
              {mou.active ? t("offices.mou.inForce") : t("offices.mou.notInForce")}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t("offices.mou.umkmTarget")}</dt>
          <dd>{t.number(mou.umkmTarget)}</dd>
        </div>
      </dl>

      <section aria-labelledby="mou-parties">
        <h2 id="mou-parties">{t("offices.mou.parties")}</h2>
        <div className="parties">
          <section className="party" aria-labelledby="mou-party-bpjs">
            <h3 id="mou-party-bpjs">{t("offices.mou.bpjsParty")}</h3>
            <p>
              <strong>{mou.bpjsOffice.name}</strong>
              <br />
              <Link to={`/wilayah/${mou.bpjsOffice.region.code}`}>{mou.bpjsOffice.region.name}</Link>
            </p>
            <p>
              {t("offices.mou.signedBy")}: {mou.bpjsSignatory}
              <br />
              <small>{mou.bpjsSignatoryTitle}</small>
            </p>
          </section>
          <section className="party" aria-labelledby="mou-party-okoce">
            <h3 id="mou-party-okoce">{t("offices.mou.okoceParty")}</h3>
            <p>
              <strong>{mou.chapter.name}</strong>
              {mou.chapter.brand !== mou.chapter.name && ` (${mou.chapter.brand})`}
              {mou.chapter.region && (
                <>
                  <br />
                  <Link to={`/wilayah/${mou.chapter.region.code}`}>{mou.chapter.region.name}</Link>
                </>
              )}
            </p>
            <p>
              {t("offices.mou.signedBy")}: {mou.okoceSignatory}
              <br />
              <small>{mou.okoceSignatoryTitle}</small>
            </p>
          </section>
        </div>
      </section>

      <section aria-labelledby="mou-scope">
        <h2 id="mou-scope">{t("offices.mou.scope")}</h2>
        <p className="mou-scope">{mou.scope}</p>
      </section>

      <section aria-labelledby="mou-offices">
        <h2 id="mou-offices">{t("offices.mou.offices")}</h2>
        {mou.perisaiOffices.totalCount === 0 ? (
          <EmptyState message={t("offices.mou.noOffices")} />
        ) : (
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">{t("offices.mou.offices")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("offices.field.name")}</th>
                  <th scope="col">{t("offices.field.region")}</th>
                  <th scope="col">{t("offices.field.status")}</th>
                  <th scope="col" className="num">
                    {t("offices.field.agents")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {mou.perisaiOffices.nodes.map((office) => (
                  <tr key={office.id}>
                    <th scope="row">
                      <Link to={`/kantor/${encodeURIComponent(office.id)}`}>{office.name}</Link>
                      {office.pioneer && <span className="badge badge-pioneer">{t("offices.pioneer")}</span>}
                    </th>
                    <td>
                      <Link to={`/wilayah/${office.region.code}`}>{office.region.name}</Link>
                    </td>
                    <td>
                      <OfficeStatusBadge status={office.status} />
                    </td>
                    <td className="num">{t.number(office.agentCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
