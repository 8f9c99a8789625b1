// The filters of the voice screen: search words, period, theme, score band, source, respondents, indicator, negativity.
import { Button, Checkbox, Group, Select, TextInput } from "@mantine/core";
import { useEffect, useState, type FormEvent } from "react";
import type { VoiceParams, VoiceThemes } from "../../api/voice-api";
import { groupPeriods } from "../../format/periods";
import { bandLabels, channelLabels, type VoiceFilterKey } from "./voice-params";

interface Props {
  params: VoiceParams;
  periods: readonly string[];
  themes: VoiceThemes;
  onChange(changes: Partial<Record<VoiceFilterKey | "period", string | undefined>>): void;
}

const clear = { "aria-label": "Сбросить" };
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export function VoiceFilters({ params, periods, themes, onChange }: Props) {
  const [words, setWords] = useState(params.q ?? "");
  useEffect(() => setWords(params.q ?? ""), [params.q]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ q: words.trim() || undefined });
  };
  const select = (key: VoiceFilterKey) => (value: string | null) => onChange({ [key]: value ?? undefined });
  return (
    <form onSubmit={submit} aria-label="Фильтры текстов" role="search">
      <Group align="end" gap="sm" wrap="wrap">
        <TextInput
          label="Поиск по текстам"
          description="Словоформы учитываются; «точная фраза», -исключить, or"
          placeholder="например: очередь -сайт"
          value={words}
          onChange={(e) => setWords(e.currentTarget.value)}
          w={300}
          data-testid="voice-query"
        />
        <Button type="submit" data-testid="voice-search">
          Найти
        </Button>
        <Select
          label="Период"
          w={180}
          data={groupPeriods(periods)}
          value={params.period}
          onChange={(v) => v && onChange({ period: v })}
          allowDeselect={false}
        />
        <Select
          label="Тема"
          w={240}
          clearable
          clearButtonProps={clear}
          placeholder="все темы"
          searchable
          data={themes.themes.map((t) => ({ value: t.code, label: t.title }))}
          value={params.theme ?? null}
          onChange={select("theme")}
          data-testid="voice-theme-filter"
        />
        <Select
          label="Оценка в анкете"
          w={170}
          clearable
          clearButtonProps={clear}
          placeholder="любая"
          data={options(bandLabels)}
          value={params.band ?? null}
          onChange={select("band")}
        />
        <Select
          label="Источник"
          w={200}
          clearable
          clearButtonProps={clear}
          placeholder="все"
          data={options(channelLabels)}
          value={params.channel ?? null}
          onChange={select("channel")}
        />
        <Select
          label="Клиенты"
          w={160}
          clearable
          clearButtonProps={clear}
          placeholder="все"
          data={[
            { value: "seeker", label: "соискатели" },
            { value: "employer", label: "работодатели" },
          ]}
          value={params.view ?? null}
          onChange={select("view")}
        />
        <Select
          label="Показатель"
          w={260}
          clearable
          clearButtonProps={clear}
          searchable
          placeholder="все"
          data={themes.indicators.map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }))}
          value={params.indicator ?? null}
          onChange={select("indicator")}
        />
        <Checkbox
          label="только негативные"
          checked={params.negative === "true"}
          onChange={(e) => onChange({ negative: e.currentTarget.checked ? "true" : undefined })}
          mb={8}
        />
      </Group>
    </form>
  );
}
