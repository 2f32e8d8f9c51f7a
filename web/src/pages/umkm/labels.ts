import { useT, type MessageKey } from "../../i18n/i18n";

/** The words for the registry's enums: size classes (PP 7/2021) and the 7PAS stages of OK OCE. */
export function useUmkmLabels() {
  const t = useT();
  return {
    umkmClass: (value: string) => t(`umkm.class.${value}` as MessageKey) ?? value,
    stage: (value: string) => t(`umkm.stage.${value}` as MessageKey) ?? value,
  };
}
