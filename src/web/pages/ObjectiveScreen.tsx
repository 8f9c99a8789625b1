// «Объективные данные» of a unit (/u/:id/objective?period=P): checklists to fill and submit, statistics, approval.
import { Alert, Anchor, Group, Select, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { Link, useParams, useSearchParams } from "react-router-dom";
import { fetchObjectivePage, templateUrl } from "../api/objective-api";
import { useUser } from "../app/auth-context";
import { useDashboard } from "../app/dashboard-context";
import { useAsync } from "../app/use-async";
import { unitPath } from "../app/view-params";
import { LoadState } from "../components/LoadState";
import { periodLabel } from "../format/periods";
import { NotFoundPage } from "./NotFoundPage";
import { ChecklistForm } from "./objective/ChecklistForm";
import { EntryStatus } from "./objective/EntryStatus";
import { ObjectiveImport } from "./objective/ObjectiveImport";
import { OtherBlocks } from "./objective/OtherBlocks";

/** The current quarter and the quarters with data, newest first: the periods objective data are entered for. */
function quarterChoices(periods: readonly string[]): string[] {
  const now = new Date();
  const current = `${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}`;
  return [...new Set([current, ...periods.filter((p) => /^\d{4}-Q[1-4]$/.test(p))])].sort().reverse();
}

export function ObjectiveScreen() {
  const { id = "" } = useParams();
  const { periods, defaultPeriod } = useDashboard();
  const { role } = useUser();
  const [search, setSearch] = useSearchParams();
  const period = search.get("period") ?? defaultPeriod;
  const state = useAsync(() => fetchObjectivePage(id, period), [id, period]);
  const [error, setError] = useState<string | undefined>();
  const page = state.data?.unit.id === id && state.data.period === period ? state.data : undefined;

  useEffect(() => {
    if (page) document.title = `Объективные данные — ${page.unit.name} — Звезда ЦЗН`;
  }, [page]);

  if (state.error?.status === 404) return <NotFoundPage message={state.error.message} />;
  if (!page) return <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="объективные данные" />;
  const changed = () => {
    setError(undefined);
    state.reload();
  };
  const own = page.checklists.filter((c) => c.applies);
  const inherited = page.checklists.filter((c) => !c.applies && c.inherited);
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2" data-testid="objective-title">
          Объективные данные: {page.unit.name}
        </Title>
        <Text c="dimmed" size="sm">
          {periodLabel(page.period)} · методика {page.methodology.id} · в индексе учитываются данные со статусом «утверждено»
        </Text>
      </div>
      <Group align="end">
        <Select
          label="Период"
          size="xs"
          w={190}
          data={quarterChoices(periods).map((p) => ({ value: p, label: periodLabel(p) }))}
          value={period}
          onChange={(value) => value && setSearch({ period: value })}
          allowDeselect={false}
        />
        <Anchor component={Link} to={unitPath(page.unit.id, { period, view: "combined" })} size="sm">
          Показатели подразделения
        </Anchor>
        <Anchor href={templateUrl(period)} size="sm">
          Шаблон XLSX за период
        </Anchor>
      </Group>
      {role !== "federal_analyst" && <ObjectiveImport period={period} onImported={changed} />}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {own.map((block) => (
        <ChecklistForm key={`${block.code}-${period}`} block={block} unit={page.unit.id} period={period} onChanged={changed} />
      ))}
      {inherited.length > 0 && (
        <Stack gap="xs" component="section" aria-label="Чек-листы региона">
          <Title order={2} size="h4">
            Чек-листы региона (действуют для подразделения)
          </Title>
          {inherited.map((block) => (
            <Group key={block.code} gap="sm">
              <Text size="sm">
                {block.indicator} · {block.name}
              </Text>
              <EntryStatus entry={block.inherited?.entry} />
            </Group>
          ))}
        </Stack>
      )}
      <OtherBlocks page={page} onChanged={changed} onError={setError} />
    </Stack>
  );
}
