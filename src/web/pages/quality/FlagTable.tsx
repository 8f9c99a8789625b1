// Every flagged response of the scope as one table, for national-scale review: filters by unit,
// reason and state, sorting by score or time, pages, and decisions on many responses at once.
import { Badge, Button, Checkbox, Group, Pagination, Select, Stack, Table, Text } from "@mantine/core";
import { Fragment, useState } from "react";
import { decide, fetchFlagList, type Decision, type FlagSort, type FlagStatus } from "../../api/quality-api";
import { useAction } from "../../app/use-action";
import { useAsync } from "../../app/use-async";
import { LoadState } from "../../components/LoadState";
import { ScrollTable } from "../../components/ScrollTable";
import { ExclusionDialog } from "./ExclusionDialog";
import { ResponseEvidenceView } from "./ResponseFlagCard";
import { statusColors, statusLabels, time } from "./review-format";

const pageSize = 50;
const all = "all";
const statusOptions = [
  { value: "pending", label: "ожидают решения" },
  { value: "confirmed", label: "подтверждены, исключены" },
  { value: "cleared", label: "отметка снята" },
  { value: all, label: "все" },
];
const sortOptions = [
  { value: "score", label: "сначала самые подозрительные" },
  { value: "time", label: "сначала новые" },
];

interface Filter {
  unit?: string;
  reason?: string;
  status?: FlagStatus;
  sort: FlagSort;
  page: number;
}

export function FlagTable({ period, canDecide }: { period: string; canDecide: boolean }) {
  const [filter, setFilter] = useState<Filter>({ status: "pending", sort: "score", page: 1 });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState<string>();
  const [asking, setAsking] = useState(false);
  const state = useAsync(() => fetchFlagList({ period, ...filter, pageSize }), [period, filter.unit, filter.reason, filter.status, filter.sort, filter.page]);
  const action = useAction(() => {
    setAsking(false);
    setSelected(new Set());
    state.reload();
  });
  const change = (next: Partial<Filter>) => {
    setFilter((f) => ({ ...f, page: 1, ...next }));
    setSelected(new Set());
  };
  const bulk = (decision: Decision, note?: string) => void action.run(() => decide({ responseIds: [...selected], decision, note }));
  const list = state.data;
  const pageIds = list?.flags.map((f) => f.id) ?? [];
  const allChecked = pageIds.length > 0 && pageIds.every((id) => selected.has(id));
  const toggle = (id: string, on: boolean) => setSelected((s) => (on ? new Set([...s, id]) : new Set([...s].filter((x) => x !== id))));
  return (
    <Stack gap="sm" data-testid="flag-table">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label="Подразделение"
          size="xs"
          w={260}
          searchable
          allowDeselect={false}
          data={[{ value: all, label: "все в зоне доступа" }, ...(list?.units ?? []).map((u) => ({ value: u.unitId, label: `${u.name} (${u.count})` }))]}
          value={filter.unit ?? all}
          onChange={(v) => change({ unit: v && v !== all ? v : undefined })}
          data-testid="flag-unit-filter"
        />
        <Select
          label="Причина"
          size="xs"
          w={300}
          allowDeselect={false}
          data={[{ value: all, label: "любая" }, ...(list?.reasons ?? []).map((r) => ({ value: r.code, label: `${r.title} (${r.count})` }))]}
          value={filter.reason ?? all}
          onChange={(v) => change({ reason: v && v !== all ? v : undefined })}
          data-testid="flag-reason-filter"
        />
        <Select
          label="Состояние"
          size="xs"
          w={220}
          allowDeselect={false}
          data={statusOptions}
          value={filter.status ?? all}
          onChange={(v) => change({ status: v && v !== all ? (v as FlagStatus) : undefined })}
          data-testid="flag-status-filter"
        />
        <Select
          label="Порядок"
          size="xs"
          w={260}
          allowDeselect={false}
          data={sortOptions}
          value={filter.sort}
          onChange={(v) => change({ sort: (v as FlagSort | null) ?? "score" })}
          data-testid="flag-sort"
        />
      </Group>
      {!list ? (
        <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="отмеченные анкеты" />
      ) : (
        <>
          <Group justify="space-between" wrap="wrap">
            <Text size="sm" data-testid="flag-total" aria-live="polite">
              Найдено анкет: {list.total.toLocaleString("ru-RU")}
              {list.total > pageSize && ` · страница ${list.page} из ${Math.ceil(list.total / pageSize)}`}
            </Text>
            {canDecide && (
              <Group gap="xs" data-testid="bulk-actions">
                <Text size="sm">Выбрано: {selected.size}</Text>
                <Button
                  size="xs"
                  color="red"
                  disabled={selected.size === 0}
                  loading={action.busy}
                  onClick={() => (action.setError(undefined), setAsking(true))}
                >
                  Исключить выбранные
                </Button>
                <Button size="xs" variant="outline" disabled={selected.size === 0} loading={action.busy} onClick={() => bulk("clear")}>
                  Снять отметку
                </Button>
                <Button size="xs" variant="outline" disabled={selected.size === 0} loading={action.busy} onClick={() => bulk("reopen")}>
                  Вернуть к рассмотрению
                </Button>
              </Group>
            )}
          </Group>
          {action.error && !asking && (
            <Text c="red" size="sm" role="alert">
              {action.error}
            </Text>
          )}
          {list.flags.length === 0 ? (
            <Text>Отмеченных анкет с такими условиями нет.</Text>
          ) : (
            <ScrollTable label="Отмеченные анкеты, таблица" minWidth={900}>
              <Table striped withTableBorder aria-label="Отмеченные анкеты">
                <Table.Thead>
                  <Table.Tr>
                    {canDecide && (
                      <Table.Th>
                        <Checkbox
                          aria-label="Выбрать все анкеты страницы"
                          checked={allChecked}
                          onChange={(e) => setSelected(e.currentTarget.checked ? new Set(pageIds) : new Set())}
                        />
                      </Table.Th>
                    )}
                    <Table.Th>Подразделение</Table.Th>
                    <Table.Th>Отправлена (местное время)</Table.Th>
                    <Table.Th>Оценка подозрительности</Table.Th>
                    <Table.Th>Причины</Table.Th>
                    <Table.Th>Состояние</Table.Th>
                    <Table.Th>Доказательства</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.flags.map((f) => (
                    <Fragment key={f.id}>
                      <Table.Tr data-testid="flag-row" data-id={f.id} data-status={f.status} data-score={f.score}>
                        {canDecide && (
                          <Table.Td>
                            <Checkbox
                              aria-label={`Выбрать анкету ${f.id}`}
                              checked={selected.has(f.id)}
                              onChange={(e) => toggle(f.id, e.currentTarget.checked)}
                            />
                          </Table.Td>
                        )}
                        <Table.Td>{list.unitNames[f.unitId] ?? f.unitId}</Table.Td>
                        <Table.Td>{time(f.submittedAt, list.unitZones[f.unitId])}</Table.Td>
                        <Table.Td>{f.score.toLocaleString("ru-RU", { maximumFractionDigits: 2 })}</Table.Td>
                        <Table.Td>{f.reasons.map((r) => r.text).join(" ")}</Table.Td>
                        <Table.Td>
                          <Badge variant="filled" color={statusColors[f.status]}>
                            {statusLabels[f.status]}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            aria-expanded={open === f.id}
                            onClick={() => setOpen((o) => (o === f.id ? undefined : f.id))}
                          >
                            {open === f.id ? "Скрыть" : "Показать"}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                      {open === f.id && (
                        <Table.Tr>
                          <Table.Td colSpan={canDecide ? 7 : 6}>
                            <ResponseEvidenceView id={f.id} />
                          </Table.Td>
                        </Table.Tr>
                      )}
                    </Fragment>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
          {list.total > pageSize && (
            <Pagination
              total={Math.ceil(list.total / pageSize)}
              value={list.page}
              onChange={(page) => {
                setFilter((f) => ({ ...f, page }));
                setSelected(new Set());
              }}
              getControlProps={(control) => ({
                "aria-label":
                  control === "next"
                    ? "Следующая страница"
                    : control === "previous"
                      ? "Предыдущая страница"
                      : control === "first"
                        ? "Первая страница"
                        : "Последняя страница",
              })}
              getItemProps={(page) => ({ "aria-label": `Страница ${page}` })}
              data-testid="flag-pages"
            />
          )}
        </>
      )}
      {asking && (
        <ExclusionDialog
          count={selected.size}
          busy={action.busy}
          error={action.error}
          onConfirm={(note) => bulk("confirm", note)}
          onCancel={() => setAsking(false)}
        />
      )}
    </Stack>
  );
}
