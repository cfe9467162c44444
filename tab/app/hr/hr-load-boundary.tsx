import { Component, type ReactNode } from "react";
import { ApiError } from "../backend/api-error";
import { LoadError } from "../shell/load-error";

interface State {
  readonly error?: ApiError;
}

/** Catches a failed download of the HR pages (or a crash inside them) and offers to reload the tab. */
export class HrLoadBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    const detail = error instanceof Error ? ` (${error.message})` : "";
    return { error: new ApiError(0, "HR_PAGES_FAILED", `The programme pages could not be shown${detail}.`) };
  }

  override componentDidCatch(error: unknown): void {
    console.error("Tandem: the HR pages failed", error);
  }

  override render(): ReactNode {
    if (this.state.error === undefined) return this.props.children;
    // React keeps a failed lazy import: only a reload fetches the chunk again.
    return (
      <LoadError
        title="Could not open the programme"
        error={this.state.error}
        onRetry={() => window.location.reload()}
      />
    );
  }
}
