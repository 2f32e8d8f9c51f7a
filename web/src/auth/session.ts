import { useSyncExternalStore } from "react";

export interface Session {
  token: string;
  expiresAt: string | null;
  user: { displayName: string; role: string };
}

const STORAGE_KEY = "perisai.session";
const listeners = new Set<() => void>();

// Parsed once per change so useSyncExternalStore sees a stable snapshot.
let current: Session | null = read();

function read(): Session | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

function publish(next: Session | null) {
  current = next;
  listeners.forEach((listener) => listener());
}

export function getSession(): Session | null {
  return current;
}

export function signIn(session: Session) {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  publish(session);
}

/** expired marks a sign-out the user did not ask for, so the sign-in page can say why. */
export function signOut({ expired = false } = {}) {
  sessionStorage.removeItem(STORAGE_KEY);
  if (expired) sessionStorage.setItem(`${STORAGE_KEY}.expired`, "1");
  publish(null);
}

export function takeSessionExpiredNotice(): boolean {
  const expired = sessionStorage.getItem(`${STORAGE_KEY}.expired`) === "1";
  sessionStorage.removeItem(`${STORAGE_KEY}.expired`);
  return expired;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSession);
}
