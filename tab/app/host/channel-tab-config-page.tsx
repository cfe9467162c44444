import { Body1, Subtitle1 } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useLanguage } from "../texts/texts-context";
import { PageFrame } from "../shell/page-frame";
import { channelTabSettings, enableChannelTabSave } from "./channel-tab-config";
import { CHANNEL_TAB_TEXTS } from "./channel-tab-texts";

/** Teams' "add a tab" page (manifest configurationUrl, ?view=config): explains the tab and enables Save. */
export default function ChannelTabConfigPage() {
  const texts = CHANNEL_TAB_TEXTS[useLanguage()];
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    import("./teams-sdk").then(
      ({ pages }) => enableChannelTabSave(pages.config, channelTabSettings(window.location.origin)),
      (error: unknown) => {
        console.error("Tandem: the tab configuration could not start", error);
        setFailed(true);
      },
    );
  }, []);

  return (
    <PageFrame>
      <Subtitle1 as="h1">{texts.title}</Subtitle1>
      <Body1 as="p">{failed ? texts.failed : texts.explanation}</Body1>
    </PageFrame>
  );
}
