// The voice screen's filters in the address (/u/:id/voice?period=…&q=…), so a link shows a colleague the same list.
import { useSearchParams } from "react-router-dom";
import type { VoiceParams } from "../../api/voice-api";

const keys = ["q", "view", "indicator", "question", "band", "channel", "theme", "negative"] as const;
export type VoiceFilterKey = (typeof keys)[number];

export function useVoiceParams(
  unit: string,
  defaultPeriod: string,
): { params: VoiceParams; set(changes: Partial<Record<VoiceFilterKey | "period", string | undefined>>): void } {
  const [search, setSearch] = useSearchParams();
  const params: VoiceParams = { unit, period: search.get("period") ?? defaultPeriod };
  for (const key of keys) {
    const value = search.get(key);
    // The address may carry anything: the server refuses a value the contract does not name.
    if (value) (params as Record<VoiceFilterKey, string | undefined>)[key] = value;
  }
  const set = (changes: Partial<Record<VoiceFilterKey | "period", string | undefined>>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === "") next.delete(key);
      else next.set(key, value);
    }
    setSearch(next);
  };
  return { params, set };
}

export const bandLabels: Record<string, string> = { low: "1–4 (низкая)", mid: "5–7 (средняя)", high: "8–10 (высокая)" };
export const channelLabels: Record<string, string> = {
  survey: "анкеты",
  book: "книга отзывов",
  social: "соцсети",
  appeal: "обращения",
  media: "СМИ/открытые источники",
  other: "другое",
};
export const kindLabels: Record<string, string> = { note: "примечание", suggestion: "пожелание", other: "«другое»", feedback: "внешний отзыв" };
