// Every exclusion is confirmed and explained: the reviewer sees how many responses leave the
// figures and writes why, before anything is sent.
import { Button, Group, Modal, Text, Textarea } from "@mantine/core";
import { useState } from "react";

/** The shortest note accepted, as the server requires. */
const minNote = 3;

interface Props {
  /** How many responses the decision excludes. */
  count: number;
  busy: boolean;
  /** The server's refusal, shown in the dialog. */
  error?: string;
  onConfirm(note: string): void;
  onCancel(): void;
}

export function ExclusionDialog({ count, busy, error, onConfirm, onCancel }: Props) {
  const [note, setNote] = useState("");
  const [tried, setTried] = useState(false);
  const short = note.trim().length < minNote;
  const submit = () => {
    setTried(true);
    if (!short) onConfirm(note.trim());
  };
  return (
    <Modal opened onClose={onCancel} title="Исключить анкеты из расчёта?" closeButtonProps={{ "aria-label": "Закрыть" }}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        data-testid="exclusion-dialog"
      >
        <Text size="sm">
          Анкет будет исключено: <b>{count.toLocaleString("ru-RU")}</b>. Они сразу перестанут учитываться во всех показателях и рейтингах; решение можно
          отменить.
        </Text>
        <Textarea
          mt="sm"
          label="Почему анкеты исключаются"
          description="Комментарий увидят другие проверяющие и журнал действий"
          required
          autosize
          minRows={2}
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={tried && short ? "Напишите причину исключения (не короче трёх знаков)" : undefined}
          data-autofocus
        />
        {error && (
          <Text c="red" size="sm" role="alert" mt="xs">
            {error}
          </Text>
        )}
        <Group mt="md" justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Отмена
          </Button>
          <Button type="submit" color="red" loading={busy}>
            Исключить
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
