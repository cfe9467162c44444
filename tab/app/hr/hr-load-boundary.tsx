import { Component, type ReactNode } from "react";
import { ApiError } from "../backend/api-error";
import { LoadError } from "../shell/load-error";

interface State {
  /** What was thrown; worded at render time, in the tab's language. */
  readonly error?: unknown;
  readonly failed: boolean;
}

interface Props {
  readonly title: string;
  readonly message: (detail: string | undefined) => string;
  readonly children: ReactNode;
}

/** Catches a failed download of the HR pages (or a crash inside them) and offers to reload the tab. */
export class HrLoadBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error("Tandem: the HR pages failed", error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const { error } = this.state;
    const detail = error instanceof Error ? error.message : undefined;
    // React keeps a failed lazy import: only a reload fetches the chunk again.
    return (
      <LoadError
        title={this.props.title}
        error={new ApiError(0, "HR_PAGES_FAILED", this.props.message(detail))}
        onRetry={() => window.location.reload()}
      />
    );
  }
}
