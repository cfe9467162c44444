import { lazy, Suspense, useState, type ReactNode } from "react";
import { MyMentoringPage } from "../my-mentoring/my-mentoring-page";
import { LoadingState } from "../shell/loading-state";
import { PageFrame, PageFrameWidth } from "../shell/page-frame";
import { useDateFormats, useTexts } from "../texts/texts-context";
import type { TandemPage } from "./hr-navigation";
import { HrLoadBoundary } from "./hr-load-boundary";
import { useHrAccess } from "./use-hr-access";

// Their own chunks: participants never download the HR navigation or pages.
const HrNavigation = lazy(() => import("./hr-navigation"));
const HrArea = lazy(() => import("./hr-area"));

/** My mentoring for everyone; for HR programme leads, a tab list to reach the Programme (HR) pages too. */
export function TandemPages({
  getToken,
  onSessionExpired,
  banner,
}: {
  readonly getToken: () => Promise<string>;
  readonly onSessionExpired?: () => void;
  readonly banner?: ReactNode;
}) {
  const texts = useTexts();
  const formats = useDateFormats();
  const access = useHrAccess(getToken);
  // ?page=hr (the Programme tabs in the manifest) opens HR leads on the HR pages; others only have My mentoring.
  const [page, setPage] = useState<TandemPage>(() =>
    new URLSearchParams(window.location.search).get("page") === "hr" ? "hr" : "mine",
  );
  const isHr = access !== undefined;

  // The banner grows a tab list once access is granted; My mentoring stays mounted (no reload, no flash).
  const banners = isHr ? (
    <>
      {banner}
      <Suspense fallback={null}>
        <HrNavigation page={page} onPage={setPage} />
      </Suspense>
    </>
  ) : (
    banner
  );

  return (
    <PageFrameWidth wide={isHr}>
      {!isHr || page === "mine" ? (
        <MyMentoringPage
          banner={banners}
          getToken={getToken}
          onSessionExpired={onSessionExpired}
          formats={formats}
        />
      ) : (
        <PageFrame banner={banners}>
          <HrLoadBoundary title={texts.pages.programmeFailedTitle} message={texts.pages.programmeFailed}>
            <Suspense fallback={<LoadingState label={texts.pages.loadingProgramme} />}>
              <HrArea getToken={getToken} onSessionExpired={onSessionExpired} formats={formats} />
            </Suspense>
          </HrLoadBoundary>
        </PageFrame>
      )}
    </PageFrameWidth>
  );
}
