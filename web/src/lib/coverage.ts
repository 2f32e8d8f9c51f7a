export interface CoverageFigures {
  umkmTarget: number;
  umkmRegistered: number;
  umkmCovered: number;
  participantsActive: number;
  rate?: number | null;
}

export interface RegionWithCoverage {
  code: string;
  name: string;
  coverage?: CoverageFigures | null;
}

/** Adds regions' figures; the rate is recomputed as covered over target (averaging rates would weigh small provinces like large ones). */
export function sumCoverage(regions: readonly RegionWithCoverage[]): CoverageFigures {
  const total = { umkmTarget: 0, umkmRegistered: 0, umkmCovered: 0, participantsActive: 0 };
  for (const { coverage } of regions) {
    if (!coverage) continue;
    total.umkmTarget += coverage.umkmTarget;
    total.umkmRegistered += coverage.umkmRegistered;
    total.umkmCovered += coverage.umkmCovered;
    total.participantsActive += coverage.participantsActive;
  }
  return { ...total, rate: total.umkmTarget > 0 ? total.umkmCovered / total.umkmTarget : null };
}

/** Furthest behind first; regions without a rate go last, ties by name. Does not mutate its input. */
export function sortByCoverageRate<T extends RegionWithCoverage>(regions: readonly T[]): T[] {
  return [...regions].sort((a, b) => {
    const rateA = a.coverage?.rate ?? null;
    const rateB = b.coverage?.rate ?? null;
    if (rateA === null && rateB !== null) return 1;
    if (rateB === null && rateA !== null) return -1;
    if (rateA !== null && rateB !== null && rateA !== rateB) return rateA - rateB;
    return a.name.localeCompare(b.name, "id");
  });
}
