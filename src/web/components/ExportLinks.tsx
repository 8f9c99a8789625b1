// Downloads of a unit: its passport (XLSX) and the raw responses of its subtree (CSV).
import { Anchor, Group, Paper, Title } from "@mantine/core";
import type { CounterBasis, ViewName } from "../../contract/dashboard";
import { codebookCsvUrl, passportXlsxUrl, responsesCsvUrl, responsesXlsxUrl } from "../api/export-links";

export function ExportLinks({ unit, period, view, basis }: { unit: string; period: string; view: ViewName; basis?: CounterBasis }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="exports-title">
      <Title order={2} size="h4" id="exports-title">
        Выгрузки
      </Title>
      <Group mt="sm">
        <Anchor href={passportXlsxUrl(unit, { period, view, basis })} download data-testid="passport-xlsx">
          Паспорт подразделения (XLSX)
        </Anchor>
        <Anchor href={responsesCsvUrl({ unit, period })} download data-testid="responses-csv">
          Ответы анкет за период (CSV)
        </Anchor>
        <Anchor href={responsesXlsxUrl({ unit, period })} download data-testid="responses-xlsx">
          Ответы анкет за период (XLSX, с кодовой книгой)
        </Anchor>
        <Anchor href={codebookCsvUrl()} download data-testid="codebook-csv">
          Кодовая книга: вопросы и коды ответов (CSV)
        </Anchor>
      </Group>
    </Paper>
  );
}
