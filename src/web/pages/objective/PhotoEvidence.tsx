// Photo evidence of a checklist: upload (JPEG, PNG or WebP up to 5 MB, optionally for one item), list with download links, delete.
import { ActionIcon, Alert, Anchor, Button, FileInput, Group, List, Select, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import type { ObjectiveEntryView } from "../../../contract/objective";
import { deletePhoto, uploadPhoto } from "../../api/objective-api";
import { useAction } from "../../app/use-action";

const acceptedTypes = ["image/jpeg", "image/png", "image/webp"];
const maxBytes = 5 * 1024 * 1024;

/** The reason a file cannot be sent, in the server's words, or undefined (the server checks the bytes again). */
function fileProblem(file: File): string | undefined {
  if (file.size > maxBytes) return "Фото больше 5 МБ: уменьшите его и загрузите снова";
  if (file.type !== "" && !acceptedTypes.includes(file.type)) return "Фото принимаются в форматах JPEG, PNG или WebP";
  return undefined;
}

const sizeLabel = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} МБ` : `${Math.max(1, Math.round(bytes / 1024))} КБ`;

export function PhotoEvidence({
  code,
  entry,
  items,
  editable,
  onChanged,
}: {
  code: string;
  entry?: ObjectiveEntryView;
  items: { code: string; text: string }[];
  editable: boolean;
  onChanged: () => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [item, setItem] = useState<string | null>(null);
  const { busy, error, setError, run } = useAction(onChanged);
  const photos = entry?.photos ?? [];
  // The server takes photos only while the entry can be edited (a draft or returned).
  const canUpload = editable && entry !== undefined && (entry.status === "draft" || entry.status === "returned");
  const upload = async () => {
    if (!file || !entry) return;
    const problem = fileProblem(file);
    if (problem) {
      setError(problem);
      return;
    }
    if (await run(() => uploadPhoto(entry.id, file, item ?? undefined))) setFile(null);
  };
  const titleId = `photos-${code}`;
  const waitsForDraft = editable && !entry;
  if (!canUpload && !waitsForDraft && photos.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby={titleId} data-testid={`photos-${code}`}>
      <Title order={3} size="h5" id={titleId}>
        Фото-подтверждения
      </Title>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {waitsForDraft ? null : photos.length > 0 ? (
        <List size="sm" spacing={2}>
          {photos.map((p, i) => (
            <List.Item key={p.id}>
              <Group gap="xs">
                <Anchor href={p.url} download={p.fileName ?? undefined} target="_blank" rel="noopener">
                  {p.fileName ?? `Фото ${i + 1}`}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {p.item ? `пункт ${p.item} · ` : ""}
                  {sizeLabel(p.size)}
                </Text>
                {canUpload && (
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    color="red.9"
                    aria-label={`Удалить фото ${p.fileName ?? i + 1}`}
                    disabled={busy}
                    onClick={() => void run(() => deletePhoto(p.id))}
                  >
                    ✕
                  </ActionIcon>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          Фото не загружены
        </Text>
      )}
      {canUpload && (
        <Group align="end" gap="sm">
          <FileInput
            label="Фото (JPEG, PNG или WebP, до 5 МБ)"
            placeholder="Выберите файл"
            accept={acceptedTypes.join(",")}
            value={file}
            onChange={(value) => {
              setFile(value);
              setError(value ? fileProblem(value) : undefined);
            }}
            clearable
            w={300}
          />
          <Select
            label="К пункту (необязательно)"
            data={items.map((i) => ({ value: i.code, label: `${i.code} · ${i.text}` }))}
            value={item}
            onChange={setItem}
            clearable
            w={260}
          />
          <Button variant="light" loading={busy} disabled={!file} onClick={() => void upload()}>
            Загрузить фото
          </Button>
        </Group>
      )}
      {waitsForDraft && (
        <Text size="sm" c="dimmed">
          Фото можно приложить после сохранения черновика.
        </Text>
      )}
    </Stack>
  );
}
