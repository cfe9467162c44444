import { useCallback, useState } from "react";
import type { ImportPreview, ImportResult } from "../../../api/hr-api-contract";
import { toApiError, type ApiError } from "../../backend/api-error";
import { isRecord } from "../../backend/tandem-api";
import { useTexts } from "../../texts/texts-context";
import { useHr } from "../backend/hr-context";

/** Where a CSV import stands: the file is read in the browser, previewed by the server, then committed. */
export type ImportState =
  | { readonly kind: "idle" }
  | { readonly kind: "previewing"; readonly fileName: string }
  | { readonly kind: "failed"; readonly fileName: string; readonly error: ApiError }
  | {
      readonly kind: "previewed";
      readonly fileName: string;
      readonly csv: string;
      readonly preview: ImportPreview;
      readonly committing: boolean;
      readonly error?: ApiError;
    }
  | { readonly kind: "imported"; readonly fileName: string; readonly result: ImportResult };

export interface CsvImport {
  readonly state: ImportState;
  choose(file: File): Promise<void>;
  commit(): Promise<void>;
  reset(): void;
}

/** The CSV import's state machine; `onImported` runs after a successful commit. */
export function useCsvImport(waveId: string, onImported: (result: ImportResult) => void): CsvImport {
  const { api } = useHr();
  const texts = useTexts().hr.csvImport;
  const [state, setState] = useState<ImportState>({ kind: "idle" });

  const choose = useCallback(
    async (file: File) => {
      setState({ kind: "previewing", fileName: file.name });
      try {
        // File.text() decodes UTF-8; a byte order mark from Excel is not part of the header.
        const csv = (await file.text()).replace(/^\uFEFF/, "");
        const preview = await api.previewImport(waveId, csv);
        setState({ kind: "previewed", fileName: file.name, csv, preview, committing: false });
      } catch (error) {
        setState({
          kind: "failed",
          fileName: file.name,
          error: toApiError(error, "PREVIEW_FAILED", texts.checkFailed),
        });
      }
    },
    [api, waveId, texts],
  );

  const commit = useCallback(async () => {
    if (state.kind !== "previewed") return;
    setState({ ...state, committing: true, error: undefined });
    try {
      const result = await api.commitImport(waveId, state.csv);
      setState({ kind: "imported", fileName: state.fileName, result });
      onImported(result);
    } catch (error) {
      const failure = toApiError(error, "IMPORT_FAILED", texts.importFailed);
      // A 400 carries the fresh preview: the file no longer passes (someone changed the wave meanwhile).
      const fresh =
        isRecord(failure.body) && isRecord(failure.body.preview)
          ? (failure.body.preview as unknown as ImportPreview)
          : undefined;
      setState({ ...state, preview: fresh ?? state.preview, committing: false, error: failure });
    }
  }, [api, waveId, state, onImported, texts]);

  const reset = useCallback(() => setState({ kind: "idle" }), []);
  return { state, choose, commit, reset };
}
