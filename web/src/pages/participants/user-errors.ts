import { errorsByField, type UserErrorLike } from "../../components/Field";
import { useT } from "../../i18n/i18n";
import { readNik } from "./participant-format";

/**
 * userErrors by field, in the user's language where the form knows the rule (the NIK's parts, a NIK already
 * enrolled, the minimum income); any other refusal shows the server's own message.
 */
export function useLocalizedErrors() {
  const t = useT();
  return (userErrors: readonly UserErrorLike[], form: { nik?: string; minimumIncome?: number | null }) =>
    errorsByField(
      userErrors.map((error) => {
        const field = error.field.at(-1);
        if (field === "nik" && error.code === "INVALID") {
          const reading = readNik(form.nik ?? "");
          const message = reading.ok
            ? t("participants.error.nikKecamatan")
            : t(
                reading.problem === "length"
                  ? "participants.error.nikLength"
                  : reading.problem === "birthDate"
                    ? "participants.error.nikBirthDate"
                    : "participants.error.nikSerial",
              );
          return { ...error, message };
        }
        if (field === "nik" && error.code === "TAKEN") return { ...error, message: t("participants.error.nikTaken") };
        if (field === "declaredIncome" && error.code === "OUT_OF_RANGE" && form.minimumIncome) {
          return {
            ...error,
            message: t.format("participants.error.incomeMinimum", { minimum: t.rupiah(form.minimumIncome) }),
          };
        }
        if (error.code === "FORBIDDEN") return { ...error, message: t("participants.error.forbidden") };
        return error;
      }),
    );
}
