import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowLeftRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { useTexts } from "../../texts/texts-context";
import { useHr } from "../backend/hr-context";
import { PageHeading } from "../feedback/page-heading";
import { newWaveDraft } from "./wave-draft";
import { WaveEditor } from "./wave-editor";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  back: { alignSelf: "flex-start" },
});

/** "New wave": the wave editor with the defaults; created waves open on their own page. */
export function NewWavePage({
  onCreated,
  onCancel,
}: {
  readonly onCreated: (waveId: string) => void;
  readonly onCancel: () => void;
}) {
  const styles = useStyles();
  const { api } = useHr();
  const { hr } = useTexts();
  const [initial] = useState(() => newWaveDraft());
  return (
    <section className={styles.page} aria-labelledby="new-wave-heading">
      <Button appearance="subtle" icon={<ArrowLeftRegular />} className={styles.back} onClick={onCancel}>
        {hr.common.allWaves}
      </Button>
      <PageHeading focusOnMount id="new-wave-heading">
        {hr.newWave.title}
      </PageHeading>
      <WaveEditor
        initial={initial}
        rulesEditable
        submitLabel={hr.newWave.create}
        onSubmit={async (input) => onCreated((await api.createWave(input)).id)}
        onCancel={onCancel}
      />
    </section>
  );
}
