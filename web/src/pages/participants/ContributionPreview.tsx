import type { CombinedError } from "urql";
import { ErrorState } from "../../components/Status";
import type { ResultOf } from "../../graphql/graphql";
import { useT } from "../../i18n/i18n";
import type { EnrolmentPage_Quote } from "./EnrolmentPage.graphql";
import { useProgramName } from "./programs";

type Quote = NonNullable<ResultOf<typeof EnrolmentPage_Quote>["contributionQuote"]>;
type Rate = Quote["rates"][number];

/**
 * The monthly contribution the form would commit the participant to, per program and in total, priced by
 * the API with the rules in force on the registration date (a relief such as PP 49/2020 shows when it applies).
 */
export function ContributionPreview({
  quote,
  fetching,
  error,
  income,
}: {
  quote: Quote | null;
  fetching: boolean;
  error?: CombinedError;
  income: number | null;
}) {
  const t = useT();
  const programName = useProgramName();
  const amountOf = (program: string) =>
    quote ? (program === "JKK" ? quote.jkk : program === "JKM" ? quote.jkm : quote.jht) : 0;
  const reliefs = quote?.rates.filter((rate) => rate.kind === "DISCOUNT") ?? [];

  const ruleText = (rate: Rate) => {
    if (rate.kind === "PERCENT_OF_INCOME") {
      return t.format("participants.quote.percentOfIncome", {
        rate: t.number(rate.value / 100),
        income: t.rupiah(quote?.declaredIncome),
      });
    }
    if (rate.kind === "FIXED") return t.format("participants.quote.fixed", { amount: t.rupiah(rate.value) });
    return t.format("participants.quote.discount", { percent: t.number(rate.value) });
  };

  return (
    <section className="contribution-preview" aria-labelledby="contribution-preview-title" aria-busy={fetching}>
      <h2 id="contribution-preview-title">{t("participants.quote.title")}</h2>
      <div aria-live="polite">
        {error && !quote && <ErrorState error={error} />}
        {income === null && <p className="state">{t("participants.quote.needIncome")}</p>}
        {income !== null && !quote && !error && <p className="state">{t("state.loading")}</p>}
        {income !== null && quote && (
          <>
            <table>
              <caption className="visually-hidden">{t("participants.quote.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("participants.field.program")}</th>
                  <th scope="col">{t("participants.quote.rule")}</th>
                  <th scope="col" className="num">
                    {t("participants.quote.amount")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {quote.programs.map((program) => (
                  <tr key={program}>
                    <th scope="row">
                      <abbr title={programName(program)}>{program}</abbr>
                    </th>
                    <td>
                      {quote.rates
                        .filter((rate) => rate.program === program)
                        .map(ruleText)
                        .join(" · ")}
                    </td>
                    <td className="num">{t.rupiah(amountOf(program))}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="contribution-total">
                  <th scope="row" colSpan={2}>
                    {t("participants.quote.total")}
                  </th>
                  <td className="num">
                    <strong>{t.rupiah(quote.total)}</strong>
                  </td>
                </tr>
              </tfoot>
            </table>
            {!quote.meetsMinimumIncome && (
              <p className="quote-warning" role="alert">
                {t.format("participants.quote.belowMinimum", { minimum: t.rupiah(quote.minimumIncome) })}
              </p>
            )}
            {reliefs.length > 0 && (
              <p className="quote-relief">
                {t.format("participants.quote.relief", {
                  basis: reliefs[0].legalBasis,
                  percent: t.number(reliefs[0].value),
                  programs: reliefs.map((rate) => rate.program).join(", "),
                  from: t.date(reliefs[0].validFrom),
                  to: t.date(reliefs[0].validTo),
                })}
              </p>
            )}
            <p className="quote-policy">
              {t.format("participants.quote.policy", {
                date: t.date(quote.onDate),
                basis: [...new Set([...quote.rates.map((rate) => rate.legalBasis), quote.policy.legalBasis])].join(
                  ", ",
                ),
                dueDay: quote.dueDay,
              })}
            </p>
          </>
        )}
      </div>
    </section>
  );
}
