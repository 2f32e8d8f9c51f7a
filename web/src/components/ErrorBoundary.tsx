import { Component, type ReactNode } from "react";
import { ErrorState } from "./Status";

/** A page that throws while rendering (or whose chunk fails to load) shows the error state, not a blank screen. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (this.state.failed) return <ErrorState onRetry={() => window.location.reload()} />;
    return this.props.children;
  }
}
