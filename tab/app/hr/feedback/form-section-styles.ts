import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/** A fieldset drawn as a white card with its legend as the card's title: one per part of the wave form. */
export const useFormSectionStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    margin: 0,
    minWidth: 0,
    border: "none",
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    "@media (forced-colors: active)": { border: "1px solid CanvasText" },
  },
  // Floated, a legend lays out like any first child instead of sitting on the fieldset's border.
  legend: { ...typographyStyles.subtitle2, float: "left", width: "100%", padding: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
});
