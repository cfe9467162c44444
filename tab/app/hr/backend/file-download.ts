/**
 * Downloads of HR exports (CSV). The API needs the bearer token, so a plain link cannot fetch the file: the
 * tab fetches it, then hands the bytes to the browser as a named download.
 */
import { ApiError } from "../../backend/api-error";
import { isRecord } from "../../backend/tandem-api";

/** The file at `url` (an HR export) fetched with the caller's token; a non-2xx answer is an ApiError. */
export async function fetchFile(url: string, token: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Authorization: `Bearer ${token}` },
      credentials: "same-origin",
      cache: "no-store",
    });
  } catch {
    throw new ApiError(0, "NETWORK", "Tandem could not be reached. Check your connection and try again.");
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    const code = isRecord(body) && typeof body.code === "string" ? body.code : `HTTP_${response.status}`;
    const message =
      isRecord(body) && typeof body.message === "string" ? body.message : "The file could not be downloaded.";
    throw new ApiError(response.status, code, message);
  }
  return response.blob();
}

/** Hands `blob` to the browser as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
