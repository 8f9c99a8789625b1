// A region's structure from XLSX: download the template, upload it filled; the row errors as a table, or what changed.
import { Alert, Anchor, Button, Group, NativeSelect, Stack, Table, Text, Title } from "@mantine/core";
import { useRef, useState, type FormEvent } from "react";
import { importStructure, rejectedRows, structureTemplateUrl, type AdminUnit, type ImportRowError, type ImportSummary } from "../../../api/units-admin-api";
import { columnOf } from "./import-errors";
import { ScrollTable } from "../../../components/ScrollTable";

export interface StructureImportProps {
  regions: AdminUnit[];
  /** The region to preselect (the selected unit's). */
  initialRegion?: string;
  onImported(): void;
}

function RowErrors({ rows }: { rows: ImportRowError[] }) {
  return (
    <ScrollTable label="Ошибки загрузки структуры" minWidth={520}>
      <Table fz="sm" striped data-testid="import-errors">
        <caption className="visually-hidden">Ошибки в строках файла</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Строка</Table.Th>
            <Table.Th scope="col">Столбец</Table.Th>
            <Table.Th scope="col">Ошибка</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((error, i) => (
            <Table.Tr key={i} data-row={error.row}>
              <Table.Td>{error.row}</Table.Td>
              <Table.Td>{columnOf(error)}</Table.Td>
              <Table.Td>{error.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

export function StructureImport({ regions, initialRegion, onImported }: StructureImportProps) {
  const [region, setRegion] = useState(initialRegion ?? regions[0]?.id ?? "");
  const [file, setFile] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<ImportSummary>();
  const [rejected, setRejected] = useState<ImportRowError[]>();
  const [error, setError] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const chosen = regions.find((r) => r.id === region);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSummary(undefined);
    setRejected(undefined);
    setError(undefined);
    if (!file) {
      setError("Выберите файл XLSX");
      return;
    }
    setBusy(true);
    try {
      setSummary(await importStructure(region, file));
      setFile(undefined);
      if (input.current) input.current.value = "";
      onImported();
    } catch (failure) {
      const rows = rejectedRows(failure);
      if (rows) setRejected(rows);
      else setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };

  if (regions.length === 0) return null;
  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby="structure-import-title" data-testid="structure-import">
      <Stack gap="sm">
        <Title order={2} size="h4" id="structure-import-title">
          Загрузка структуры субъекта из XLSX
        </Title>
        <Text size="sm">
          Скачайте шаблон с текущими подразделениями субъекта, измените или добавьте строки и загрузите файл. Файл принимается целиком или не принимается вовсе.
        </Text>
        {regions.length > 1 && (
          <NativeSelect
            label="Субъект РФ"
            value={region}
            onChange={(event) => setRegion(event.currentTarget.value)}
            data={regions.map((r) => ({ value: r.id, label: `${r.id} — ${r.name}` }))}
            maw={420}
          />
        )}
        <Anchor href={structureTemplateUrl(region)} download data-testid="template-link">
          Скачать шаблон {chosen ? `«${chosen.name}»` : ""} (XLSX)
        </Anchor>
        <div>
          <label htmlFor="structure-file">
            <Text size="sm" fw={500} component="span">
              Заполненный файл XLSX
            </Text>
          </label>
          <br />
          <input
            id="structure-file"
            name="file"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            ref={input}
            onChange={(event) => setFile(event.currentTarget.files?.[0])}
          />
        </div>
        <Group>
          <Button type="submit" loading={busy}>
            Загрузить
          </Button>
        </Group>
        <div aria-live="polite">
          {summary && (
            <Alert color="green.9" title="Файл принят" data-testid="import-summary" styles={{ title: { color: "#1a7037" } }}>
              Создано: {summary.created}, изменено: {summary.updated}, без изменений: {summary.unchanged}.
            </Alert>
          )}
        </div>
        {error && (
          <Alert color="red" role="alert" title="Файл не загружен">
            {error}
          </Alert>
        )}
        {rejected && (
          <Stack gap="xs">
            <Alert color="red" role="alert" title="Файл не принят, ничего не изменено" data-testid="import-rejected">
              Ошибок: {rejected.length}. Исправьте строки и загрузите файл снова.
            </Alert>
            <RowErrors rows={rejected} />
          </Stack>
        )}
      </Stack>
    </form>
  );
}
