import { useCallback, useState } from "react";
import type { MatchingView } from "../../../api/matching-api-contract";
import { toApiError, type ApiError } from "../../backend/api-error";
import { useMatchingTexts } from "../../texts/use-matching-texts";
import type { MatchingApi } from "../backend/matching-api";
import { useHr } from "../backend/hr-context";
import { useResource, type ResourceHandle } from "../backend/use-resource";

/** What is running: proposing, saving weights, or a change to one mentee's pair. */
export type MatchingBusy = "propose" | "weights" | { readonly menteeId: string };

export interface MatchingHandle {
  readonly resource: ResourceHandle<MatchingView>;
  readonly busy?: MatchingBusy;
  /** The last refused or failed change, shown in a bar above the table until the next change. */
  readonly refusal?: { readonly error: ApiError; readonly during: MatchingBusy };
  /** Said politely to screen readers (and shown) after each change. */
  readonly announcement: string;
  /** Runs a change from a button; a refusal is kept in `refusal`, not thrown. */
  change(
    busy: MatchingBusy,
    request: (api: MatchingApi) => Promise<MatchingView>,
    announce: (view: MatchingView) => string,
  ): Promise<void>;
  /** Runs a change confirmed in a dialog: a refusal is thrown, so the dialog stays open and shows it. */
  confirm(
    request: (api: MatchingApi) => Promise<MatchingView>,
    announce: (view: MatchingView) => string,
  ): Promise<void>;
  dismissRefusal(): void;
}

/** The wave's matching view and the changes HR makes to it; every change answers the whole view. */
export function useMatching(waveId: string): MatchingHandle {
  const { api } = useHr();
  const texts = useMatchingTexts();
  const resource = useResource(
    `matching:${waveId}`,
    useCallback((signal: AbortSignal) => api.matching.get(waveId, signal), [api, waveId]),
    texts.loadFailed,
  );
  const [busy, setBusy] = useState<MatchingBusy>();
  const [refusal, setRefusal] = useState<MatchingHandle["refusal"]>();
  const [announcement, setAnnouncement] = useState("");
  const { replace } = resource;

  const confirm = useCallback<MatchingHandle["confirm"]>(
    async (request, announce) => {
      setRefusal(undefined);
      const view = await request(api.matching);
      replace(view);
      setAnnouncement(announce(view));
    },
    [api, replace],
  );

  const change = useCallback<MatchingHandle["change"]>(
    async (next, request, announce) => {
      setBusy(next);
      setAnnouncement("");
      try {
        await confirm(request, announce);
      } catch (error) {
        setRefusal({ error: toApiError(error, "MATCHING_CHANGE_FAILED", texts.edits.failed), during: next });
      } finally {
        setBusy(undefined);
      }
    },
    [confirm, texts.edits.failed],
  );

  const dismissRefusal = useCallback(() => setRefusal(undefined), []);
  return { resource, busy, refusal, announcement, change, confirm, dismissRefusal };
}

/** True while `busy` concerns this mentee's pair (or the whole proposal is being made again). */
export const isBusyWith = (busy: MatchingBusy | undefined, menteeId: string): boolean =>
  busy === "propose" || (typeof busy === "object" && busy.menteeId === menteeId);
