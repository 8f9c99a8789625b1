// Upload of the filled objective-data template: every row checked, all stored («на утверждении») or none, refused rows listed.
import { Alert, Button, FileInput, Group, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import type { ImportRowError, ObjectiveImportReport } from "../../../contract/objective";
import { importObjectiveWorkbook, refusedObjectiveRows } from "../../api/objective-import-api";
import { periodLabel } from "../../format/periods";

export function ObjectiveImport({ period, onImported }: { period: string; onImported: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ObjectiveImportReport>();
  const [failure, setFailure] = useState<{ message: string; rows?: ImportRowError[] | undefined }>();
  const upload = async () => {
    if (!file) return;
    setBusy(true);
    setReport(undefined);
    setFailure(undefined);
    try {
      setReport(await importObjectiveWorkbook(period, file));
      onImported();
    } catch (e) {
      setFailure({ message: (e as Error).message, rows: refusedObjectiveRows(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby="objective-import-title" data-testid="objective-import">
      <Text fw={600} id="objective-import-title">
        Загрузить заполненный шаблон за {periodLabel(period)}
      </Text>
      <Group align="flex-end">
        <FileInput
          label="Файл XLSX"
          placeholder="Выберите файл"
          accept=".xlsx"
          value={file}
          onChange={setFile}
          w={280}
          clearable
          clearButtonProps={{ "aria-label": "Убрать файл" }}
        />
        <Button onClick={() => void upload()} disabled={!file} loading={busy}>
          Загрузить
        </Button>
      </Group>
      {report && (
        <Alert color="green" role="status" data-testid="objective-import-report">
          Загружено: новых записей {report.created}, обновлено {report.updated}. Данные отправлены на утверждение.
        </Alert>
      )}
      {failure && (
        <Alert color="red" role="alert" data-testid="objective-import-failure">
          <Text size="sm">Файл не загружен, ничего не изменено: {failure.message}</Text>
          {failure.rows && failure.rows.length > 0 && (
            <Table fz="sm" mt="xs">
              <caption className="visually-hidden">Строки с ошибками</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Лист</Table.Th>
                  <Table.Th scope="col">Строка</Table.Th>
                  <Table.Th scope="col">Ошибка</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {failure.rows.map((r) => (
                  <Table.Tr key={`${r.sheet}-${r.row}-${r.message}`}>
                    <Table.Td>{r.sheet}</Table.Td>
                    <Table.Td>{r.row}</Table.Td>
                    <Table.Td>{r.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Alert>
      )}
    </Stack>
  );
}
