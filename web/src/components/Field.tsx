import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from "react";
import { useT } from "../i18n/i18n";

export interface UserErrorLike {
  field: readonly string[];
  message: string;
  code: string;
}

/**
 * userErrors by input field: ["input", "nik"] → "nik"; errors with no field (or only "input") are under "".
 * Nested paths join with dots ("owner.nik").
 */
export function errorsByField(userErrors: readonly UserErrorLike[] | null | undefined): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const error of userErrors ?? []) {
    const path = error.field[0] === "input" ? error.field.slice(1) : error.field;
    const key = path.join(".");
    byField[key] = byField[key] ? `${byField[key]} ${error.message}` : error.message;
  }
  return byField;
}

interface FieldProps {
  label: string;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
}

/** A labelled input whose error is announced and tied to it (aria-invalid, aria-describedby). */
export function TextField({
  label,
  error,
  hint,
  required,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const t = useT();
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>
        {label} {!required && <small>({t("common.optional")})</small>}
      </label>
      <input
        id={id}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
      {hint && (
        <small id={`${id}-hint`} className="field-hint">
          {hint}
        </small>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

export function SelectField({
  label,
  error,
  hint,
  required,
  children,
  ...select
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  const t = useT();
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>
        {label} {!required && <small>({t("common.optional")})</small>}
      </label>
      <select
        id={id}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...select}
      >
        {children}
      </select>
      {hint && (
        <small id={`${id}-hint`} className="field-hint">
          {hint}
        </small>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** Errors that belong to no single field, above the form's buttons. */
export function FormErrors({ errors }: { errors: Record<string, string> }) {
  const general = errors[""];
  if (!general) return null;
  return (
    <p className="form-error" role="alert">
      {general}
    </p>
  );
}
