import {
  Body1Strong,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  tokens,
  Tooltip,
} from "@fluentui/react-components";
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular } from "@fluentui/react-icons";
import { LANGUAGES, type Language } from "../../../../core/language";
import type { FieldError } from "../../backend/api-error";
import { languageName } from "../../my-mentoring/wording";
import { useTexts } from "../../texts/texts-context";
import type { ThemeDraft } from "./wave-draft";

const WIDE = "@media (min-width: 720px)";

const useStyles = makeStyles({
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    [WIDE]: {
      gridTemplateColumns: "32px repeat(3, minmax(0, 1fr)) auto",
      alignItems: "start",
      columnGap: tokens.spacingHorizontalM,
    },
  },
  number: { paddingTop: tokens.spacingVerticalSNudge, color: tokens.colorNeutralForeground3 },
  field: { gridColumn: "1 / -1", [WIDE]: { gridColumn: "auto" } },
  // The column headers name the languages on wide screens; each field names its own on a phone.
  label: {
    [WIDE]: {
      position: "absolute",
      width: "1px",
      height: "1px",
      overflow: "hidden",
      clipPath: "inset(50%)",
      whiteSpace: "nowrap",
    },
  },
  actions: {
    display: "flex",
    gridColumn: "2",
    gridRow: "1",
    [WIDE]: { gridColumn: "auto", gridRow: "auto" },
  },
  error: { gridColumn: "1 / -1", color: tokens.colorPaletteRedForeground1 },
});

/** One theme of the catalogue: its number, its label in each language, and move/remove buttons. */
export function ThemeRow({
  theme,
  index,
  count,
  disabled,
  errors,
  onLabel,
  onMove,
  onRemove,
}: {
  readonly theme: ThemeDraft;
  readonly index: number;
  readonly count: number;
  readonly disabled: boolean;
  readonly errors: readonly FieldError[];
  readonly onLabel: (language: Language, text: string) => void;
  readonly onMove: (by: -1 | 1) => void;
  readonly onRemove: () => void;
}) {
  const styles = useStyles();
  const allTexts = useTexts();
  const texts = allTexts.hr.themes;
  const name = theme.labels.en.trim() || texts.unnamed(index + 1);
  const languageError = (language: Language) => errors.find((e) => e.field.endsWith(`.${language}`))?.message;
  return (
    <li className={styles.row} data-theme-key={theme.key} data-testid="theme-row">
      <Body1Strong className={styles.number} aria-hidden>
        {index + 1}.
      </Body1Strong>
      {LANGUAGES.map((language) => {
        const message = languageError(language);
        return (
          <Field
            key={language}
            className={styles.field}
            label={{
              children: texts.labelOf(languageName(language, allTexts), index + 1),
              className: styles.label,
            }}
            required
            validationMessage={message}
            validationState={message === undefined ? "none" : "error"}
          >
            <Input
              lang={language}
              value={theme.labels[language]}
              onChange={(_, data) => onLabel(language, data.value)}
            />
          </Field>
        );
      })}
      <div className={styles.actions}>
        <Tooltip content={texts.moveUp(name)} relationship="label">
          <Button
            appearance="subtle"
            icon={<ArrowUpRegular />}
            disabled={disabled || index === 0}
            onClick={() => onMove(-1)}
          />
        </Tooltip>
        <Tooltip content={texts.moveDown(name)} relationship="label">
          <Button
            appearance="subtle"
            icon={<ArrowDownRegular />}
            disabled={disabled || index === count - 1}
            onClick={() => onMove(1)}
          />
        </Tooltip>
        <Tooltip content={texts.remove(name)} relationship="label">
          <Button appearance="subtle" icon={<DeleteRegular />} disabled={disabled} onClick={onRemove} />
        </Tooltip>
      </div>
      {errors
        .filter((e) => !LANGUAGES.some((language) => e.field.endsWith(`.${language}`)))
        .map((e) => (
          <Caption1 key={e.field} className={styles.error}>
            {e.message}
          </Caption1>
        ))}
    </li>
  );
}
