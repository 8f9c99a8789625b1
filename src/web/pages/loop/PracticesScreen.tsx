// «Библиотека практик» (/practices): finished measures across the country by indicator, kind and region, ranked by measured effect.
import { Group, Select, Stack, Text, Title } from "@mantine/core";
import { useEffect, useMemo } from "react";
import { useSearchParams } from "react-router-dom";
import type { MeasureKind } from "../../../contract/measures";
import { fetchPractices } from "../../api/measures-api";
import { useAsync } from "../../app/use-async";
import { EmptyState, LoadState } from "../../components/LoadState";
import { IndicatorFilter } from "./IndicatorFilter";
import { PracticeTable } from "./PracticeTable";

export function PracticesScreen() {
  const [search, setSearch] = useSearchParams();
  const indicator = search.get("indicator") ?? undefined;
  const kind = (search.get("kind") ?? undefined) as MeasureKind | undefined;
  const region = search.get("region") ?? undefined;
  const all = useAsync(() => fetchPractices({}), []);
  const state = useAsync(() => fetchPractices({ indicator, kind, region }), [indicator, kind, region]);
  const regions = useMemo(() => {
    const seen = new Map<string, string>();
    for (const p of all.data?.practices ?? []) seen.set(p.region.id, p.region.name);
    return [...seen].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, "ru"));
  }, [all.data]);
  useEffect(() => {
    document.title = "Библиотека практик — Звезда ЦЗН";
  }, []);
  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
  };
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2" data-testid="practices-title">
          Библиотека практик
        </Title>
        <Text c="dimmed" size="sm">
          Выполненные меры всех регионов; выше — с подтверждённым эффектом и большей нижней границей интервала. Эффект — разность разностей с группой сравнения.
        </Text>
      </div>
      <Group align="end" gap="md" component="form" aria-label="Фильтры библиотеки" onSubmit={(e) => e.preventDefault()}>
        <IndicatorFilter value={indicator} onChange={(v) => setParam("indicator", v ?? null)} />
        <Select
          label="Вид меры"
          size="xs"
          w={220}
          clearable
          placeholder="все"
          data={all.data?.kinds ?? []}
          value={kind ?? null}
          onChange={(v) => setParam("kind", v)}
        />
        <Select
          label="Регион"
          size="xs"
          w={240}
          clearable
          searchable
          placeholder="все"
          data={regions}
          value={region ?? null}
          onChange={(v) => setParam("region", v)}
        />
      </Group>
      {!state.data ? (
        <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="практики" />
      ) : state.data.practices.length === 0 ? (
        <EmptyState>Выполненных мер с такими условиями нет.</EmptyState>
      ) : (
        <PracticeTable practices={state.data.practices} caption="Практики, по измеренному эффекту" />
      )}
    </Stack>
  );
}
