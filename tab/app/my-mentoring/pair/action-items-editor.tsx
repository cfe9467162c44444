import { Button, Checkbox, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { DeleteRegular } from "@fluentui/react-icons";
import { useId, useState } from "react";
import type { ActionItem } from "../../../api/notes-routes";
import type { SessionsTexts } from "../../texts/sessions-texts";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  text: { flexGrow: 1, overflowWrap: "anywhere" },
  done: { textDecorationLine: "line-through", color: tokens.colorNeutralForeground3 },
  add: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "180px" },
});

/** A short url-safe id the notes route accepts (1–40 letters, digits, - or _). */
export function newItemId(): string {
  return `i${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** Action items with tick, remove and add; a plain list of native controls, so it is keyboard-usable as is. */
export function ActionItemsEditor({
  items,
  onChange,
  words,
  maxLength,
  testId,
}: {
  readonly items: readonly ActionItem[];
  readonly onChange: (items: readonly ActionItem[]) => void;
  readonly words: SessionsTexts["notes"];
  readonly maxLength: number;
  readonly testId: string;
}) {
  const styles = useStyles();
  const [text, setText] = useState("");
  const inputId = useId();
  const add = (): void => {
    const trimmed = text.trim();
    if (trimmed === "") return;
    onChange([...items, { id: newItemId(), text: trimmed.slice(0, maxLength), done: false }]);
    setText("");
  };
  return (
    <div data-testid={testId}>
      <ul className={styles.list} aria-label={words.itemsTitle}>
        {items.map((item) => (
          <li key={item.id} className={styles.item} data-testid="action-item">
            <Checkbox
              checked={item.done}
              aria-label={words.done(item.text)}
              onChange={(_, data) =>
                onChange(items.map((i) => (i.id === item.id ? { ...i, done: data.checked === true } : i)))
              }
            />
            <span className={item.done ? `${styles.text} ${styles.done}` : styles.text}>{item.text}</span>
            <Button
              appearance="subtle"
              icon={<DeleteRegular />}
              aria-label={words.removeItem(item.text)}
              onClick={() => onChange(items.filter((i) => i.id !== item.id))}
            />
          </li>
        ))}
      </ul>
      <div className={styles.add}>
        <Field label={words.newItemLabel} className={styles.grow}>
          <Input
            id={inputId}
            value={text}
            maxLength={maxLength}
            data-testid="new-item"
            onChange={(_, data) => setText(data.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                add();
              }
            }}
          />
        </Field>
        <Button onClick={add} disabled={text.trim() === ""}>
          {words.addItem}
        </Button>
      </div>
    </div>
  );
}
