import type { Figure } from "../../../api/dashboard-api-contract";
import type { Language } from "../../../../core/language";
import type { DashboardTexts } from "../../texts/dashboard-texts";

const LOCALE: Readonly<Record<Language, string>> = { fr: "fr-FR", en: "en-GB", nl: "nl-BE" };

/** How the dashboard writes its figures in the reader's language; a suppressed one says "fewer than 5". */
export interface DashboardFormat {
  readonly number: (value: number) => string;
  readonly count: (figure: Figure) => string;
  readonly share: (figure: Figure) => string;
  readonly signed: (figure: Figure) => string;
  /** The value to draw (0 when suppressed: the table next to the chart says why). */
  readonly plotted: (figure: Figure) => number;
}

export function dashboardFormat(language: Language, texts: DashboardTexts): DashboardFormat {
  const locale = LOCALE[language];
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: "exceptZero" });
  const either = (figure: Figure, write: (value: number) => string) =>
    figure.suppressed ? texts.fewerThanFive : write(figure.value);
  return {
    number: (value) => decimal.format(value),
    count: (figure) => either(figure, (v) => decimal.format(v)),
    share: (figure) => either(figure, (v) => percent.format(v)),
    signed: (figure) => either(figure, (v) => signed.format(v)),
    plotted: (figure) => (figure.suppressed ? 0 : figure.value),
  };
}
