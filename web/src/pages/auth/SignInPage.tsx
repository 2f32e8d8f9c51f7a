import { useState, type FormEvent } from "react";
import { Navigate, useLocation, useNavigate } from "react-router";
import { useMutation } from "urql";
import { signIn, takeSessionExpiredNotice, useSession } from "../../auth/session";
import { useLanguage, useT } from "../../i18n/i18n";
import type { Language } from "../../lib/format";
import { SignInPage_Login } from "./SignInPage.graphql";

interface LoginResult {
  login: {
    token: string | null;
    expiresAt: string | null;
    user: { displayName: string; role: string } | null;
    userErrors: { code: string; message: string; field: string[] }[];
  };
}

// The server's generic answers, in the reader's language; anything else as the server words it.
function signInErrorMessage(error: { code: string; message: string } | undefined, t: ReturnType<typeof useT>) {
  if (!error) return null;
  if (error.code === "INVALID") return t("signIn.invalid");
  if (error.code === "RATE_LIMITED") return t("signIn.rateLimited");
  return error.message;
}

export function SignInPage() {
  const t = useT();
  const { language, setLanguage } = useLanguage();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [sessionExpired] = useState(takeSessionExpiredNotice);
  const [{ fetching }, login] = useMutation<LoginResult>(SignInPage_Login);
  const [errorMessage, setErrorMessage] = useState<string | null>(null);
  const from = (location.state as { from?: string } | null)?.from ?? "/";

  if (session) return <Navigate to={from} replace />;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setErrorMessage(null);
    const result = await login({ input: { email: String(form.get("email")), password: String(form.get("password")) } });
    const payload = result.data?.login;
    if (payload?.token && payload.user) {
      signIn({ token: payload.token, expiresAt: payload.expiresAt, user: payload.user });
      navigate(from, { replace: true });
    } else {
      setErrorMessage(
        signInErrorMessage(payload?.userErrors[0], t) ?? result.error?.graphQLErrors[0]?.message ?? t("state.error"),
      );
    }
  }

  return (
    <main id="main" className="sign-in">
      <form onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">{t("signIn.title")}</h1>
        {sessionExpired && <p role="status">{t("signIn.sessionEnded")}</p>}
        <label htmlFor="email">{t("signIn.email")}</label>
        <input id="email" name="email" type="email" autoComplete="username" required autoFocus />
        <label htmlFor="password">{t("signIn.password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
        {errorMessage && (
          <p className="form-error" role="alert">
            {errorMessage}
          </p>
        )}
        <button type="submit" disabled={fetching}>
          {fetching ? t("signIn.submitting") : t("signIn.submit")}
        </button>
        <label className="language">
          {t("header.language")}{" "}
          <select value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
            <option value="id">Bahasa Indonesia</option>
            <option value="en">English</option>
          </select>
        </label>
      </form>
    </main>
  );
}
