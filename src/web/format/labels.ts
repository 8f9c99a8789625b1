// The Russian names of roles, views, statuses, unit kinds and network types.
import type { NetworkType, UnitKind, ViewName, ViewStatus } from "../../contract/dashboard";

export { roleLabels } from "../../contract/roles";

export const viewLabels: Record<ViewName, string> = { seeker: "соискатели", employer: "работодатели", combined: "сводный" };
export const viewShortLabels: Record<ViewName, string> = { seeker: "С", employer: "Р", combined: "Сводный" };

export const statusLabels: Record<ViewStatus, string> = {
  ok: "в рейтинге",
  insufficient: "мало ответов",
  incomplete: "неполные данные",
  empty: "нет ответов",
};

export const kindLabels: Record<UnitKind | "country", string> = {
  country: "Россия",
  region: "регион",
  managing: "управляющий ЦЗН",
  territorial: "территориальный ЦЗН",
};

/** What the rated units of a kind are called in a heading: «Рейтинг регионов». */
export const kindPluralGenitive: Record<UnitKind, string> = { region: "регионов", managing: "управляющих ЦЗН", territorial: "центров занятости" };

export const networkLabels: Record<NetworkType, string> = { centralized: "централизованная", decentralized: "децентрализованная" };

const respondentLabels = { seeker: "соискатель", employer: "работодатель" } as const;
export function respondentLabel(respondent: "seeker" | "employer"): string {
  return respondentLabels[respondent];
}

/** «5 звёзд», «1 звезда», «3 звезды». */
export function starsWord(count: number): string {
  if (count === 1) return "звезда";
  if (count >= 2 && count <= 4) return "звезды";
  return "звёзд";
}
