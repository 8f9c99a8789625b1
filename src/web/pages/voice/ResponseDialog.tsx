// The response a comment belongs to: every answer with its question, and all its texts.
import { Badge, List, Modal, Table, Text } from "@mantine/core";
import { fetchVoiceResponse } from "../../api/voice-api";
import { useAsync } from "../../app/use-async";
import { LoadState } from "../../components/LoadState";
import { respondentLabel } from "../../format/labels";

const dateFormat = new Intl.DateTimeFormat("ru-RU", { dateStyle: "long", timeStyle: "short" });

export function ResponseDialog({ id, onClose }: { id: string; onClose(): void }) {
  const state = useAsync(() => fetchVoiceResponse(id), [id]);
  const r = state.data;
  return (
    <Modal opened onClose={onClose} title="Анкета" size="xl" closeButtonProps={{ "aria-label": "Закрыть" }}>
      {!r ? (
        <LoadState loading={state.loading} error={state.error} what="анкету" />
      ) : (
        <div data-testid="voice-response">
          <Text size="sm" mb="xs">
            {dateFormat.format(new Date(r.submittedAt))} · {r.unit.name} · {respondentLabel(r.respondent)}
            {r.excluded && (
              <Badge ml="xs" color="dark" variant="outline">
                исключена из индекса
              </Badge>
            )}
            {r.flag === "pending" && (
              <Badge ml="xs" color="dark" variant="outline">
                на проверке достоверности
              </Badge>
            )}
          </Text>
          <Table withTableBorder striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Вопрос</Table.Th>
                <Table.Th>Ответ</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.answers.map((a) => (
                <Table.Tr key={a.key}>
                  <Table.Td>{a.question}</Table.Td>
                  <Table.Td>{a.label}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text fw={600} mt="md" size="sm">
            Тексты анкеты
          </Text>
          <List size="sm">
            {r.texts.map((t) => (
              <List.Item key={t.id}>
                {t.questionText}: {t.text}
              </List.Item>
            ))}
          </List>
        </div>
      )}
    </Modal>
  );
}
