import type { BadgeProps } from "@fluentui/react-components";
import type { CampaignStatus } from "../../../api/hr-api-contract";

/** The campaign state's badge colour; its words are hr.campaign.states. */
export const CAMPAIGN_STATE_COLOUR: Readonly<Record<CampaignStatus["state"], BadgeProps["color"]>> = {
  "not-launched": "subtle",
  running: "success",
  closed: "informative",
};

/** A 0–1 share as a whole number of percent. */
export const wholePercent = (share: number): number => Math.round(share * 100);
