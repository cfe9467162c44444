import { Badge } from "@fluentui/react-components";
import type { WaveState } from "../../../../core/wave";
import { useTexts } from "../../texts/texts-context";
import { waveStateBadge, waveStateLabel } from "./wave-state-wording";

/** The wave's phase as a tinted badge; the word carries the meaning, the colour only helps. */
export function WaveStateBadge({ state }: { readonly state: WaveState }) {
  const texts = useTexts();
  return (
    <Badge appearance="tint" color={waveStateBadge(state)} data-state={state} data-testid="wave-state">
      {waveStateLabel(state, texts.hr)}
    </Badge>
  );
}
