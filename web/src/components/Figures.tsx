import type { CoverageFigures } from "../lib/coverage";
import { useT, type MessageKey } from "../i18n/i18n";

export interface Figure {
  label: MessageKey;
  value: string;
}

export function Figures({ figures }: { figures: Figure[] }) {
  const t = useT();
  return (
    <dl className="figures">
      {figures.map(({ label, value }) => (
        <div className="figure" key={label}>
          <dt>{t(label)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The figures every region shows, in the same order everywhere. */
export function useCoverageFigures(coverage: CoverageFigures | null | undefined): Figure[] {
  const t = useT();
  const number = (value: number | undefined) => (value === undefined ? t("common.notAvailable") : t.number(value));
  return [
    { label: "figures.umkmTarget", value: number(coverage?.umkmTarget) },
    { label: "figures.umkmRegistered", value: number(coverage?.umkmRegistered) },
    { label: "figures.umkmCovered", value: number(coverage?.umkmCovered) },
    { label: "figures.participantsActive", value: number(coverage?.participantsActive) },
    { label: "figures.coverage", value: t.rate(coverage?.rate) },
  ];
}
