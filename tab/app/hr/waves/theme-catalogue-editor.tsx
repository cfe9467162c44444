import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { useEffect, useRef } from "react";
import { LANGUAGES } from "../../../../core/language";
import { languageName } from "../../my-mentoring/wording";
import { useTexts } from "../../texts/texts-context";
import type { FieldErrors } from "../feedback/field-errors";
import { useFormSectionStyles } from "../feedback/form-section-styles";
import { ThemeRow } from "./theme-row";
import { emptyTheme, type ThemeDraft } from "./wave-draft";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0 },
  header: {
    display: "none",
    "@media (min-width: 720px)": {
      display: "grid",
      gridTemplateColumns: "32px repeat(3, minmax(0, 1fr)) 96px",
      columnGap: tokens.spacingHorizontalM,
      paddingBottom: tokens.spacingVerticalXS,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      color: tokens.colorNeutralForeground3,
      fontWeight: tokens.fontWeightSemibold,
    },
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  add: { alignSelf: "flex-start" },
});

/** The wave's theme catalogue: each theme's label in French, English and Dutch; add, remove, reorder. */
export function ThemeCatalogueEditor({
  themes,
  onChange,
  disabled,
  errors,
}: {
  readonly themes: readonly ThemeDraft[];
  readonly onChange: (themes: readonly ThemeDraft[]) => void;
  readonly disabled: boolean;
  readonly errors: FieldErrors;
}) {
  const styles = useStyles();
  const section = useFormSectionStyles();
  const allTexts = useTexts();
  const texts = allTexts.hr.themes;
  const added = useRef<string>(undefined);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (added.current === undefined) return;
    listRef.current?.querySelector<HTMLInputElement>(`[data-theme-key="${added.current}"] input`)?.focus();
    added.current = undefined;
  }, [themes]);

  const move = (index: number, by: -1 | 1): void => {
    const next = [...themes];
    const [theme] = next.splice(index, 1);
    if (theme !== undefined) next.splice(index + by, 0, theme);
    onChange(next);
  };
  const add = (): void => {
    const theme = emptyTheme();
    added.current = theme.key;
    onChange([...themes, theme]);
  };
  const listError = errors.of("themes");

  return (
    <fieldset className={section.section} disabled={disabled} data-testid="theme-catalogue">
      <legend className={section.legend}>{texts.legend}</legend>
      <Caption1 className={section.hint}>{texts.hint}</Caption1>
      {listError !== undefined && (
        <Caption1 role="alert" className={styles.error}>
          {listError}
        </Caption1>
      )}
      <div className={styles.header} aria-hidden>
        <span>#</span>
        {LANGUAGES.map((language) => (
          <span key={language}>{languageName(language, allTexts)}</span>
        ))}
        <span />
      </div>
      <ol className={styles.list} ref={listRef} aria-label={texts.listLabel}>
        {themes.map((theme, index) => (
          <ThemeRow
            key={theme.key}
            theme={theme}
            index={index}
            count={themes.length}
            disabled={disabled}
            errors={errors.under(`themes[${index}]`).concat(errors.under(`themes.${index}`))}
            onLabel={(language, text) =>
              onChange(
                themes.map((t, i) => (i === index ? { ...t, labels: { ...t.labels, [language]: text } } : t)),
              )
            }
            onMove={(by) => move(index, by)}
            onRemove={() => onChange(themes.filter((_, i) => i !== index))}
          />
        ))}
      </ol>
      <Button className={styles.add} icon={<AddRegular />} disabled={disabled} onClick={add}>
        {texts.add}
      </Button>
    </fieldset>
  );
}
