import { useMemo, useState } from "react";
import type { DateFormats } from "../my-mentoring/date-formats";
import { createHrApi } from "./backend/hr-api";
import { HrContextProvider } from "./backend/hr-context";
import { NewWavePage } from "./waves/new-wave-page";
import { WaveDetailPage } from "./waves/wave-detail-page";
import { WaveListPage } from "./waves/wave-list-page";

type View =
  { readonly kind: "list" } | { readonly kind: "new" } | { readonly kind: "wave"; readonly waveId: string };

/** The Programme (HR) pages, loaded on demand: the waves, one wave's settings, people, questionnaire, needs. */
export default function HrArea({
  getToken,
  onSessionExpired,
  formats,
}: {
  readonly getToken: () => Promise<string>;
  readonly onSessionExpired?: () => void;
  readonly formats: DateFormats;
}) {
  const api = useMemo(() => createHrApi(getToken, onSessionExpired), [getToken, onSessionExpired]);
  const context = useMemo(() => ({ api, formats }), [api, formats]);
  const [view, setView] = useState<View>({ kind: "list" });
  // The first page keeps the focus on the tab the user chose; later pages take it to their heading.
  const [navigated, setNavigated] = useState(false);
  const go = (next: View): void => {
    setNavigated(true);
    setView(next);
  };

  return (
    <HrContextProvider value={context}>
      <div data-testid="hr-area">
        {view.kind === "list" && (
          <WaveListPage
            focusHeading={navigated}
            onOpen={(waveId) => go({ kind: "wave", waveId })}
            onNew={() => go({ kind: "new" })}
          />
        )}
        {view.kind === "new" && (
          <NewWavePage
            onCreated={(waveId) => go({ kind: "wave", waveId })}
            onCancel={() => go({ kind: "list" })}
          />
        )}
        {view.kind === "wave" && <WaveDetailPage waveId={view.waveId} onBack={() => go({ kind: "list" })} />}
      </div>
    </HrContextProvider>
  );
}
