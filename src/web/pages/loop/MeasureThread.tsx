// Evidence files and the discussion thread of a measure.
import { ActionIcon, Alert, Anchor, Button, FileInput, Group, List, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import type { MeasureDetails } from "../../../contract/measures";
import { deleteMeasureFile, postMeasureComment, uploadMeasureFile } from "../../api/measures-api";
import { useAction } from "../../app/use-action";

const maxBytes = 5 * 1024 * 1024;
const sizeLabel = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} МБ` : `${Math.max(1, Math.round(bytes / 1024))} КБ`;
const when = (iso: string) => new Date(iso).toLocaleString("ru-RU", { dateStyle: "short", timeStyle: "short" });

export function MeasureThread({ measure, onChanged }: { measure: MeasureDetails; onChanged: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [comment, setComment] = useState("");
  const { busy, error, setError, run } = useAction(onChanged);
  const upload = async () => {
    if (!file) return;
    if (file.size > maxBytes) return setError("Файл больше 5 МБ: уменьшите его и загрузите снова");
    if (await run(() => uploadMeasureFile(measure.id, file))) setFile(null);
  };
  return (
    <Stack gap="md">
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Stack gap="xs" component="section" aria-labelledby="evidence-title" data-testid="evidence">
        <Title order={3} size="h5" id="evidence-title">
          Подтверждения
        </Title>
        {measure.files.length === 0 ? (
          <Text size="sm" c="dimmed">
            Файлов нет
          </Text>
        ) : (
          <List size="sm" spacing={2}>
            {measure.files.map((f, i) => (
              <List.Item key={f.id}>
                <Group gap="xs">
                  <Anchor href={f.url} download={f.fileName ?? undefined}>
                    {f.fileName ?? `Файл ${i + 1}`}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {sizeLabel(f.size)}
                    {f.uploadedBy ? ` · ${f.uploadedBy}` : ""}
                  </Text>
                  {measure.allowed.upload && (
                    <ActionIcon
                      size="sm"
                      variant="subtle"
                      color="red.9"
                      aria-label={`Удалить файл ${f.fileName ?? i + 1}`}
                      disabled={busy}
                      onClick={() => void run(() => deleteMeasureFile(f.id))}
                    >
                      ✕
                    </ActionIcon>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        {measure.allowed.upload && (
          <Group align="end" gap="sm">
            <FileInput
              label="Фото (JPEG, PNG, WebP) или PDF до 5 МБ"
              accept="image/jpeg,image/png,image/webp,application/pdf"
              value={file}
              onChange={setFile}
              clearable
              w={320}
            />
            <Button size="xs" disabled={!file} loading={busy} onClick={() => void upload()}>
              Загрузить
            </Button>
          </Group>
        )}
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="thread-title" data-testid="thread">
        <Title order={3} size="h5" id="thread-title">
          Обсуждение
        </Title>
        {measure.comments.length === 0 ? (
          <Text size="sm" c="dimmed">
            Комментариев пока нет
          </Text>
        ) : (
          measure.comments.map((c) => (
            <div key={c.id}>
              <Text size="xs" c="dimmed">
                {c.author ?? "—"} · {when(c.createdAt)}
              </Text>
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {c.body}
              </Text>
            </div>
          ))
        )}
        {measure.allowed.comment && (
          <Group align="end">
            <Textarea
              label="Комментарий"
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
              autosize
              minRows={2}
              style={{ flex: 1 }}
              maxLength={4000}
            />
            <Button
              size="xs"
              disabled={comment.trim() === ""}
              loading={busy}
              onClick={() => void run(() => postMeasureComment(measure.id, comment)).then((ok) => ok && setComment(""))}
            >
              Отправить
            </Button>
          </Group>
        )}
      </Stack>
    </Stack>
  );
}
