import { useState } from "react";
import type { WaveDetail, WaveInput } from "../../../api/hr-api-contract";
import { useTexts } from "../../texts/texts-context";
import { useHr } from "../backend/hr-context";
import { changedFields, draftFromWave, waveInputFromDraft } from "./wave-draft";
import { WaveEditor } from "./wave-editor";

/** The wave editor on an existing wave: sends only what changed; rules and themes only while editable. */
export function WaveSettingsSection({
  wave,
  onSaved,
}: {
  readonly wave: WaveDetail;
  readonly onSaved: (wave: WaveDetail) => void;
}) {
  const { api } = useHr();
  const texts = useTexts();
  const [initial] = useState(() => draftFromWave(wave));

  const save = async (input: WaveInput): Promise<void> => {
    const { themes, rules, ...rest } = changedFields(waveInputFromDraft(draftFromWave(wave)), input);
    const patch: Partial<WaveInput> = wave.rulesEditable ? { ...rest, themes, rules } : rest;
    const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    if (Object.keys(defined).length === 0) return;
    onSaved(await api.updateWave(wave.id, defined));
  };

  return (
    <WaveEditor
      key={wave.id}
      initial={initial}
      rulesEditable={wave.rulesEditable}
      submitLabel={texts.hr.waveDetail.saveChanges}
      onSubmit={save}
    />
  );
}
