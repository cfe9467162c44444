import { useCallback } from "react";
import type { ParticipantRow } from "../../../api/hr-api-contract";
import { useHr } from "./hr-context";
import { useResource, type ResourceHandle } from "./use-resource";

/** The wave's participants, shared by the enrolment and mentor-selection sections (same cache key). */
export function useParticipants(
  waveId: string,
  failureMessage: string,
): ResourceHandle<readonly ParticipantRow[]> {
  const { api } = useHr();
  return useResource(
    `participants:${waveId}`,
    useCallback((signal: AbortSignal) => api.listParticipants(waveId, signal), [api, waveId]),
    failureMessage,
  );
}
