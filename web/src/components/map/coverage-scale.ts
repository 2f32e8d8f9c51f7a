/** Upper bounds of the coverage classes of the map (a rate of 0.1 is 10 %); the last class is open-ended. */
export const COVERAGE_BREAKS = [0.1, 0.2, 0.3, 0.4, 0.5] as const;

/** One colour per class, light (far behind) to dark (well covered); text colour chosen for contrast. */
export const COVERAGE_COLOURS = [
  { fill: "#eff3ff", text: "#1b1f24" },
  { fill: "#c6dbef", text: "#1b1f24" },
  { fill: "#9ecae1", text: "#1b1f24" },
  { fill: "#6baed6", text: "#1b1f24" },
  { fill: "#2171b5", text: "#ffffff" },
  { fill: "#08306b", text: "#ffffff" },
] as const;

export const NO_DATA_COLOUR = { fill: "#e4e6ea", text: "#4a4f57" } as const;

/** The class of a coverage rate (0 … COVERAGE_BREAKS.length), or null when there is no rate. */
export function coverageClass(rate: number | null | undefined): number | null {
  if (rate == null || !Number.isFinite(rate)) return null;
  const index = COVERAGE_BREAKS.findIndex((limit) => rate < limit);
  return index === -1 ? COVERAGE_BREAKS.length : index;
}

export function coverageColour(rate: number | null | undefined) {
  const index = coverageClass(rate);
  return index === null ? NO_DATA_COLOUR : COVERAGE_COLOURS[index];
}

/** The legend's classes as [from, to) rates; `to` is null for the last, open-ended class. */
export function coverageClasses(): { from: number; to: number | null; fill: string }[] {
  return COVERAGE_COLOURS.map(({ fill }, index) => ({
    from: index === 0 ? 0 : COVERAGE_BREAKS[index - 1],
    to: index < COVERAGE_BREAKS.length ? COVERAGE_BREAKS[index] : null,
    fill,
  }));
}
