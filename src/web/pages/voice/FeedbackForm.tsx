// Staff register feedback that arrived elsewhere: one item by the form, or many from an XLSX sheet.
import { Alert, Anchor, Button, FileInput, Group, List, Select, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { refusalProblems } from "../../api/http";
import { createFeedback, feedbackTemplateUrl, uploadFeedback, type NewFeedbackBody } from "../../api/voice-api";
import { channelLabels } from "./voice-params";

const channels = Object.entries(channelLabels)
  .filter(([code]) => code !== "survey")
  .map(([value, label]) => ({ value, label }));
const today = () => new Date().toISOString().slice(0, 10);

function UploadForm({ unit, onStored }: { unit: string | undefined; onStored(): void }) {
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<{ ok?: string; error?: string; rows?: { row: number; message: string }[] }>({});
  const [busy, setBusy] = useState(false);
  const send = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const { created } = await uploadFeedback(file);
      setResult({ ok: `Загружено отзывов: ${created}` });
      setFile(null);
      onStored();
    } catch (failure) {
      const rows = refusalProblems(failure)?.flatMap((p) => (p.row === undefined ? [] : [{ row: p.row, message: p.message }]));
      setResult({ error: (failure as Error).message, rows });
    }
    setBusy(false);
  };
  return (
    <Stack gap="xs" data-testid="feedback-import">
      <Group align="end">
        <FileInput
          label="Файл XLSX с отзывами"
          accept=".xlsx"
          value={file}
          onChange={setFile}
          w={300}
          clearable
          clearButtonProps={{ "aria-label": "Убрать файл" }}
          data-testid="feedback-file"
        />
        <Button onClick={send} disabled={!file} loading={busy} data-testid="feedback-upload">
          Загрузить
        </Button>
        <Anchor href={feedbackTemplateUrl(unit)} size="sm">
          Скачать шаблон
        </Anchor>
      </Group>
      {result.ok && (
        <Alert color="green" role="status">
          {result.ok}
        </Alert>
      )}
      {result.error && (
        <Alert color="red" role="alert" title="Файл не принят, ничего не записано">
          {result.rows ? (
            <List size="sm">
              {result.rows.slice(0, 50).map((r) => (
                <List.Item key={r.row}>
                  строка {r.row}: {r.message}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm">{result.error}</Text>
          )}
        </Alert>
      )}
    </Stack>
  );
}

export function FeedbackForm({ unit, onStored }: { unit: string | undefined; onStored(): void }) {
  const [form, setForm] = useState({ unit: unit ?? "", channel: "book", receivedOn: today(), text: "", rating: "", link: "" });
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);
  const field = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await createFeedback({
        unit: form.unit.trim(),
        channel: form.channel as NewFeedbackBody["channel"],
        receivedOn: form.receivedOn,
        text: form.text,
        rating: form.rating ? Number(form.rating) : null,
        link: form.link.trim() || null,
      });
      setMessage({ ok: true, text: "Отзыв сохранён и размечен темами" });
      setForm((f) => ({ ...f, text: "", rating: "", link: "" }));
      onStored();
    } catch (failure) {
      setMessage({ ok: false, text: (failure as Error).message });
    }
    setBusy(false);
  };
  return (
    <section aria-labelledby="feedback-title">
      <Title order={2} size="h4" id="feedback-title">
        Отзывы из других каналов
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        Книга отзывов, соцсети, обращения, СМИ: размечаются теми же темами и видны рядом с анкетами, но в индекс не входят.
      </Text>
      <form onSubmit={submit} aria-label="Новый отзыв">
        <Group align="end" gap="sm" wrap="wrap">
          <TextInput
            label="Код подразделения"
            required
            value={form.unit}
            onChange={(e) => field("unit")(e.currentTarget.value)}
            w={160}
            data-testid="feedback-unit"
          />
          <Select label="Канал" data={channels} value={form.channel} onChange={(v) => v && field("channel")(v)} allowDeselect={false} w={220} />
          <TextInput label="Дата" type="date" required value={form.receivedOn} onChange={(e) => field("receivedOn")(e.currentTarget.value)} w={160} />
          <Select
            label="Оценка (1–5)"
            clearable
            clearButtonProps={{ "aria-label": "Без оценки" }}
            placeholder="нет"
            data={["1", "2", "3", "4", "5"]}
            value={form.rating || null}
            onChange={(v) => field("rating")(v ?? "")}
            w={130}
          />
          <TextInput label="Ссылка" placeholder="https://…" value={form.link} onChange={(e) => field("link")(e.currentTarget.value)} w={260} />
        </Group>
        <Textarea
          label="Текст отзыва"
          required
          autosize
          minRows={2}
          maxLength={4000}
          mt="xs"
          value={form.text}
          onChange={(e) => field("text")(e.currentTarget.value)}
          data-testid="feedback-text"
        />
        <Button type="submit" mt="xs" loading={busy} data-testid="feedback-save">
          Сохранить отзыв
        </Button>
      </form>
      {message && (
        <Alert mt="xs" color={message.ok ? "green" : "red"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </Alert>
      )}
      <Title order={3} size="h5" mt="md" mb="xs">
        Загрузка из XLSX (все строки или ничего)
      </Title>
      <UploadForm unit={unit} onStored={onStored} />
    </section>
  );
}
