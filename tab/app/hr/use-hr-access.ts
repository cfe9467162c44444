import { useEffect, useState } from "react";
import type { HrAccess } from "../../api/hr-api-contract";
import { fetchHrAccess } from "../backend/tandem-api";

/** Undefined while checking and for everyone but HR: only a 200 from GET /api/hr/access shows the HR pages. */
export function useHrAccess(getToken: () => Promise<string>): HrAccess | undefined {
  const [access, setAccess] = useState<HrAccess>();

  useEffect(() => {
    const abort = new AbortController();
    const check = async (): Promise<void> => {
      try {
        const granted = await fetchHrAccess(await getToken(), abort.signal);
        if (!abort.signal.aborted) setAccess(granted);
      } catch (error) {
        // Participants must never see an error for a page they cannot have: the HR tab just stays hidden.
        if (!abort.signal.aborted) {
          setAccess(undefined);
          console.warn("Tandem: the HR access check failed", error);
        }
      }
    };
    void check();
    return () => abort.abort();
  }, [getToken]);

  return access;
}
