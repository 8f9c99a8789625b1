// «Проверка данных» (/quality): the reviewer's queue — flagged centres, bursts and series, single
// flagged responses — each with its evidence on demand and a decision (confirm, clear, reopen);
// and every flag as one table with filters, pages and decisions on many at once.
import { Alert, Stack, Tabs, Text, Title } from "@mantine/core";
import { fetchQualityQueue } from "../api/quality-api";
import { useUser } from "../app/auth-context";
import { useAsync } from "../app/use-async";
import { useViewParams } from "../app/view-params";
import { LoadState } from "../components/LoadState";
import { periodLabel } from "../format/periods";
import { FlagTable } from "./quality/FlagTable";
import { GroupCard } from "./quality/GroupCard";
import { ResponseFlagCard } from "./quality/ResponseFlagCard";
import { UnitFlagCard } from "./quality/UnitFlagCard";

export function QualityScreen() {
  const user = useUser();
  const { period } = useViewParams();
  const state = useAsync(() => fetchQualityQueue(period), [period]);
  const canDecide = user.role === "federal_admin" || user.role === "regional_admin";
  const queue = state.data;
  const names = queue?.unitNames ?? {};
  const zones = queue?.unitZones ?? {};
  return (
    <Stack gap="md">
      <Title order={1} size="h2" data-testid="quality-title">
        Проверка данных · {periodLabel(period)}
      </Title>
      <Text size="sm" c="dimmed">
        Подтверждённые анкеты исключаются из всех показателей сразу; решение можно отменить.
      </Text>
      <Tabs defaultValue="queue" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="queue">По группам</Tabs.Tab>
          <Tabs.Tab value="table" data-testid="flag-table-tab">
            Все отметки: таблица
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="queue" pt="md">
          <Stack gap="md">
            {!queue ? (
              <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="очередь проверки" />
            ) : (
              <>
                {queue.truncated && (
                  <Alert color="yellow" data-testid="queue-truncated">
                    Отметок больше {queue.limit.toLocaleString("ru-RU")}: показаны ожидающие решения, начиная с самых сильных. После решений по ним очередь
                    покажет остальные; все отметки — во вкладке «Все отметки: таблица».
                  </Alert>
                )}
                {queue.groups.length === 0 && queue.responses.length === 0 && queue.units.length === 0 && <Text>Отмеченных анкет нет.</Text>}
                {queue.units.length > 0 && (
                  <Title order={2} size="h4">
                    Центры, выбивающиеся среди соседей: {queue.units.length}
                  </Title>
                )}
                {queue.units.map((u) => (
                  <UnitFlagCard key={u.unitId} flag={u} unitName={names[u.unitId] ?? u.unitId} canDecide={canDecide} onDecided={state.reload} />
                ))}
                {queue.groups.length > 0 && (
                  <Title order={2} size="h4">
                    Всплески, серии и копии: {queue.groups.length}
                  </Title>
                )}
                {queue.groups.map((g) => (
                  <GroupCard key={g.key} group={g} names={names} zones={zones} canDecide={canDecide} onDecided={state.reload} />
                ))}
                {queue.responses.length > 0 && (
                  <Title order={2} size="h4" data-testid="single-flags-title">
                    Отдельные отмеченные анкеты: {queue.responses.length}
                  </Title>
                )}
                {queue.responses.map((f) => (
                  <ResponseFlagCard
                    key={f.id}
                    flag={f}
                    unitName={names[f.unitId] ?? f.unitId}
                    zone={zones[f.unitId]}
                    canDecide={canDecide}
                    onDecided={state.reload}
                  />
                ))}
              </>
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="table" pt="md">
          <FlagTable period={period} canDecide={canDecide} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
