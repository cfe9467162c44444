import type { ShortlistView } from "../../../api/matching-api-contract";
import { isRecord, requestJson, unexpectedAnswer } from "../../backend/tandem-api";

const shortlistUrl = (waveId: string): string => `/api/me/waves/${encodeURIComponent(waveId)}/shortlist`;

/** GET /api/me/waves/:waveId/shortlist as the bearer of `token`: the other side's profiles and my choices. */
export async function fetchShortlist(
  token: string,
  waveId: string,
  signal?: AbortSignal,
): Promise<ShortlistView> {
  return shortlistView(
    await requestJson(shortlistUrl(waveId), { headers: { Authorization: `Bearer ${token}` }, signal }),
  );
}

/** PUT my choices (ids of the other side, in order of preference); answers the saved view. */
export async function saveShortlist(
  token: string,
  waveId: string,
  choices: readonly string[],
): Promise<ShortlistView> {
  return shortlistView(
    await requestJson(shortlistUrl(waveId), {
      method: "PUT",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ choices }),
    }),
  );
}

function shortlistView(body: unknown): ShortlistView {
  if (!isRecord(body) || !Array.isArray(body.candidates) || !Array.isArray(body.choices)) {
    throw unexpectedAnswer();
  }
  return body as unknown as ShortlistView;
}
