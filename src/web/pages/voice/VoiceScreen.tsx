// «Голос клиента» of a unit (/u/:id/voice): search over every client text, themes with their trend and the
// period's new themes, tag correction, feedback from other channels.
import { Anchor, Group, Stack, Tabs, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { countryId } from "../../api/dashboard-api";
import { fetchVoiceSummary, fetchVoiceThemes } from "../../api/voice-api";
import { useUser } from "../../app/auth-context";
import { useDashboard } from "../../app/dashboard-context";
import { useAsync } from "../../app/use-async";
import { unitPath } from "../../app/view-params";
import { LoadState } from "../../components/LoadState";
import { periodLabel } from "../../format/periods";
import { NotFoundPage } from "../NotFoundPage";
import { FeedbackForm } from "./FeedbackForm";
import { JourneyPanel } from "./JourneyPanel";
import { PortraitsPanel } from "./PortraitsPanel";
import { SegmentsPanel } from "./SegmentsPanel";
import { ThemeSummaryTable } from "./ThemeSummaryTable";
import { VoiceFilters } from "./VoiceFilters";
import { VoiceResults } from "./VoiceResults";
import { useVoiceParams } from "./voice-params";

export function VoiceScreen() {
  const { id = countryId } = useParams();
  const { periods, defaultPeriod } = useDashboard();
  const { role } = useUser();
  const { params, set } = useVoiceParams(id, defaultPeriod);
  const [version, setVersion] = useState(0);
  const [tab, setTab] = useState("texts");
  const themes = useAsync(fetchVoiceThemes, []);
  const summary = useAsync(() => fetchVoiceSummary(params), [JSON.stringify(params), version]);
  const unitName = summary.data?.unit.name;

  useEffect(() => {
    if (unitName) document.title = `Голос клиента — ${unitName} — Звезда ЦЗН`;
  }, [unitName]);

  if (summary.error?.status === 404) return <NotFoundPage message={summary.error.message} />;
  if (!themes.data) return <LoadState loading={themes.loading} error={themes.error} onRetry={themes.reload} what="темы" />;
  const canManage = role !== "federal_analyst";
  const refresh = () => setVersion((n) => n + 1);
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2" data-testid="voice-title">
          Голос клиента{unitName ? `: ${unitName}` : ""}
        </Title>
        <Group gap="sm">
          <Text c="dimmed" size="sm">
            {periodLabel(params.period)} · примечания, пожелания, ответы «другое» и отзывы из других каналов · темы {themes.data.version}
          </Text>
          <Anchor component={Link} to={unitPath(id, { period: params.period, view: "combined" })} size="sm">
            Показатели подразделения
          </Anchor>
        </Group>
      </div>
      <Tabs value={tab} onChange={(v) => v && setTab(v)} keepMounted={false}>
        <Tabs.List className="no-print">
          <Tabs.Tab value="texts">Тексты и темы</Tabs.Tab>
          <Tabs.Tab value="segments" disabled={id === countryId}>
            Сегменты
          </Tabs.Tab>
          <Tabs.Tab value="portraits">Портреты клиента</Tabs.Tab>
          <Tabs.Tab value="journey" disabled={id === countryId}>
            Маршрут клиента
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="texts" pt="md">
          <Stack gap="md">
            <VoiceFilters params={params} periods={periods} themes={themes.data} onChange={set} />
            {summary.data ? (
              <ThemeSummaryTable summary={summary.data} onTheme={(code) => set({ theme: code })} />
            ) : (
              <LoadState loading={summary.loading} error={summary.error} onRetry={summary.reload} what="темы" />
            )}
            <VoiceResults key={version} params={params} themes={themes.data} canCorrect={canManage} onChanged={refresh} />
            {canManage && <FeedbackForm unit={id === countryId ? undefined : id} onStored={refresh} />}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="segments" pt="md">
          <SegmentsPanel unit={id} period={params.period} />
        </Tabs.Panel>
        <Tabs.Panel value="portraits" pt="md">
          <PortraitsPanel unit={id} period={params.period} />
        </Tabs.Panel>
        <Tabs.Panel value="journey" pt="md">
          <JourneyPanel unit={id} period={params.period} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
