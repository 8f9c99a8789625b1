// «Корректирующие меры» of a unit (/u/:id/measures): the register of the unit and below with overdue ones marked,
// filters, proposing a measure, and the opened measure with its workflow, effect, evidence and thread.
import { Alert, Anchor, Badge, Button, Checkbox, Group, Paper, Select, Stack, Table, Text, Title, UnstyledButton } from "@mantine/core";
import { useEffect, useState } from "react";
import { Link, useParams, useSearchParams } from "react-router-dom";
import type { MeasureStatus } from "../../../contract/measures";
import { createMeasure, fetchMeasures, fetchUnitHeading, planUrl } from "../../api/measures-api";
import { useUser } from "../../app/auth-context";
import { useAsync } from "../../app/use-async";
import { EmptyState, LoadState } from "../../components/LoadState";
import { NotFoundPage } from "../NotFoundPage";
import { MeasureForm } from "./MeasureForm";
import { IndicatorFilter } from "./IndicatorFilter";
import { MeasurePanel } from "./MeasurePanel";

const dateText = (iso: string) => iso.split("-").reverse().join(".");

export function MeasuresScreen() {
  const { id = "" } = useParams();
  const user = useUser();
  const [search, setSearch] = useSearchParams();
  const status = (search.get("status") ?? undefined) as MeasureStatus | undefined;
  const overdue = search.get("overdue") === "true";
  const indicator = search.get("indicator") ?? undefined;
  const opened = search.get("measure") ?? undefined;
  const heading = useAsync(() => fetchUnitHeading(id), [id]);
  const list = useAsync(() => fetchMeasures({ unit: id, status, overdue, indicator }), [id, status, overdue, indicator]);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string>();
  const unit = heading.data?.unit.id === id ? heading.data.unit : undefined;
  useEffect(() => {
    if (unit) document.title = `Корректирующие меры — ${unit.name} — Звезда ЦЗН`;
  }, [unit]);
  if (heading.error?.status === 404) return <NotFoundPage message={heading.error.message} />;
  if (!unit) return <LoadState loading={heading.loading} error={heading.error} onRetry={heading.reload} what="подразделение" />;
  const setParam = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(search);
    if (value === undefined || value === "") next.delete(key);
    else next.set(key, value);
    setSearch(next, { replace: true });
  };
  const canPropose = user.role !== "federal_analyst";
  const regionLevel = user.role === "federal_admin" || user.role === "regional_admin";
  const data = list.data;
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2" data-testid="measures-title">
          Корректирующие меры: {unit.name}
        </Title>
        <Text c="dimmed" size="sm">
          Центр предлагает меру (черновик), регион утверждает, ведёт и закрывает её; после выполнения эффект измеряется по опросу с поправкой на общую динамику.
        </Text>
      </div>
      <Group gap="md">
        <Anchor component={Link} to={`/u/${encodeURIComponent(unit.id)}`} size="sm">
          К странице подразделения
        </Anchor>
        <Anchor href={planUrl(unit.id)} size="sm" data-testid="plan-link">
          План корректирующих мер (XLSX)
        </Anchor>
        {user.role !== "unit_manager" && (
          <Anchor component={Link} to="/practices" size="sm">
            Библиотека практик
          </Anchor>
        )}
      </Group>
      {notice && (
        <Alert color="green" role="status">
          {notice}
        </Alert>
      )}
      {canPropose && !creating && (
        <div>
          <Button
            onClick={() => {
              setCreating(true);
              setNotice(undefined);
            }}
            data-testid="propose-measure"
          >
            Предложить меру
          </Button>
        </div>
      )}
      {creating && data && (
        <Paper withBorder p="md">
          <MeasureForm
            kinds={data.kinds}
            withActualDates={false}
            onCancel={() => setCreating(false)}
            onSave={async (fields) => {
              const created = await createMeasure(unit.id, fields);
              setCreating(false);
              setNotice(`Мера «${created.title}» сохранена как черновик`);
              list.reload();
              setParam("measure", created.id);
            }}
          />
        </Paper>
      )}
      <Group align="end" gap="md" component="form" aria-label="Фильтры реестра" onSubmit={(e) => e.preventDefault()}>
        <Select
          label="Статус"
          size="xs"
          w={200}
          clearable
          placeholder="все"
          data={data?.statuses ?? []}
          value={status ?? null}
          onChange={(v) => setParam("status", v ?? undefined)}
        />
        <IndicatorFilter value={indicator} onChange={(v) => setParam("indicator", v)} />
        <Checkbox label="Только просроченные" checked={overdue} onChange={(e) => setParam("overdue", e.currentTarget.checked ? "true" : undefined)} />
      </Group>
      {!data ? (
        <LoadState loading={list.loading} error={list.error} onRetry={list.reload} what="реестр мер" />
      ) : data.measures.length === 0 ? (
        <EmptyState>Мер не найдено.</EmptyState>
      ) : (
        <Table fz="sm" highlightOnHover data-testid="measures-table">
          <caption className="visually-hidden">Реестр корректирующих мер</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Мера</Table.Th>
              <Table.Th scope="col">Подразделение</Table.Th>
              <Table.Th scope="col">Показатели</Table.Th>
              <Table.Th scope="col">Срок (план)</Table.Th>
              <Table.Th scope="col">Статус</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.measures.map((m) => (
              <Table.Tr key={m.id} bg={m.overdue ? "red.0" : m.id === opened ? "blue.0" : undefined} data-testid="measure-row" data-overdue={m.overdue}>
                <Table.Td>
                  <UnstyledButton onClick={() => setParam("measure", m.id)} aria-expanded={m.id === opened} td="underline" c="blue.9" fz="sm">
                    {m.title}
                  </UnstyledButton>
                  <Text size="xs" c="dimmed">
                    {m.kindName}
                  </Text>
                </Table.Td>
                <Table.Td>{m.unit.name}</Table.Td>
                <Table.Td>{m.indicators.map((i) => i.code).join(", ")}</Table.Td>
                <Table.Td>
                  {dateText(m.plannedStart)} — {dateText(m.plannedEnd)}
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Text size="sm">{m.statusName}</Text>
                    {m.overdue && (
                      <Badge color="red.9" size="sm">
                        просрочена
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {opened && data && <MeasurePanel key={opened} id={opened} kinds={data.kinds} regionLevel={regionLevel} onChanged={list.reload} />}
    </Stack>
  );
}
