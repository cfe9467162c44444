import type { BadgeProps } from "@fluentui/react-components";
import type { CampaignStatus } from "../../../api/hr-api-contract";

type Unreachable = CampaignStatus["unreachable"][number];

export const CAMPAIGN_STATE: Readonly<
  Record<CampaignStatus["state"], { label: string; color: BadgeProps["color"] }>
> = {
  "not-launched": { label: "Not launched", color: "subtle" },
  running: { label: "Collecting answers", color: "success" },
  closed: { label: "Closed", color: "informative" },
};

const REASONS: Readonly<Record<Unreachable["reason"], string>> = {
  "not-installed": "Tandem is not installed in their Teams",
  blocked: "They blocked or removed the Tandem bot",
  "no-identity": "Their Teams identity is not known yet",
};

export const unreachableReason = (reason: Unreachable["reason"]): string => REASONS[reason] ?? reason;

/** "37 %": a 0–1 share as a whole percentage. */
export const percent = (share: number): string => `${Math.round(share * 100)} %`;
