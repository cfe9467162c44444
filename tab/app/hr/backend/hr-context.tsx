import { createContext, useContext, type ReactNode } from "react";
import type { DateFormats } from "../../my-mentoring/date-formats";
import type { HrApi } from "./hr-api";

/** What every HR page needs: the API as the signed-in HR lead, and dates in the reader's locale. */
export interface HrContextValue {
  readonly api: HrApi;
  readonly formats: DateFormats;
}

const HrContext = createContext<HrContextValue | undefined>(undefined);

export function HrContextProvider({
  value,
  children,
}: {
  readonly value: HrContextValue;
  readonly children: ReactNode;
}) {
  return <HrContext.Provider value={value}>{children}</HrContext.Provider>;
}

export function useHr(): HrContextValue {
  const value = useContext(HrContext);
  if (value === undefined) throw new Error("useHr() needs an HrContextProvider above it");
  return value;
}
