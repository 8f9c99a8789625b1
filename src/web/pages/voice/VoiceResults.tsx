// The texts found, a page at a time: highlighted matches, where each comes from, its themes, marks of
// excluded and flagged responses, the response's answers and the tag correction.
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { searchVoice, voiceExportUrl, type VoiceParams, type VoiceTextView, type VoiceThemes } from "../../api/voice-api";
import { EmptyState, LoadState } from "../../components/LoadState";
import { respondentLabel } from "../../format/labels";
import { HighlightedText } from "./HighlightedText";
import { ResponseDialog } from "./ResponseDialog";
import { ThemeEditor } from "./ThemeEditor";
import { channelLabels, kindLabels } from "./voice-params";

const pageSize = 20;
const dateFormat = new Intl.DateTimeFormat("ru-RU", { dateStyle: "medium" });

function TextItem({
  text,
  themes,
  canCorrect,
  onEdit,
  onOpen,
}: {
  text: VoiceTextView;
  themes: Map<string, string>;
  canCorrect: boolean;
  onEdit(): void;
  onOpen(): void;
}) {
  return (
    <li className="comment" data-testid="voice-text">
      <Text size="xs" c="dimmed">
        {dateFormat.format(new Date(text.at))} · {text.unit.name} · {channelLabels[text.channel] ?? text.channel} · {kindLabels[text.kind] ?? text.kind}
        {text.respondent ? ` · ${respondentLabel(text.respondent)}` : ""}
        {text.score !== null ? ` · оценка ${text.score}` : ""}
        {text.rating !== null ? ` · оценка источника ${text.rating} из 5` : ""}
      </Text>
      {text.questionText && (
        <Text size="xs" c="dimmed">
          {text.questionText}
        </Text>
      )}
      <HighlightedText text={text} />
      <Group gap={6} mt={4}>
        {text.negative && (
          <Badge size="sm" color="red" variant="light">
            негатив
          </Badge>
        )}
        {text.themes.map((code) => (
          <Badge key={code} size="sm" variant="outline">
            {themes.get(code) ?? code}
          </Badge>
        ))}
        {text.corrected && (
          <Badge size="sm" color="dark" variant="outline">
            темы исправлены
          </Badge>
        )}
        {text.excluded && (
          <Badge size="sm" color="dark" variant="outline">
            анкета исключена из индекса
          </Badge>
        )}
        {text.flag === "pending" && (
          <Badge size="sm" color="dark" variant="outline">
            анкета на проверке
          </Badge>
        )}
        {text.flag === "confirmed" && (
          <Badge size="sm" color="dark" variant="outline">
            недостоверность подтверждена
          </Badge>
        )}
        {text.responseId && (
          <Anchor component="button" type="button" size="xs" onClick={onOpen}>
            Ответы анкеты
          </Anchor>
        )}
        {text.link && (
          <Anchor href={text.link} target="_blank" rel="noreferrer noopener" size="xs">
            Источник
          </Anchor>
        )}
        {canCorrect && (
          <Anchor component="button" type="button" size="xs" onClick={onEdit} data-testid="voice-edit-themes">
            Исправить темы
          </Anchor>
        )}
      </Group>
    </li>
  );
}

export function VoiceResults({ params, themes, canCorrect, onChanged }: { params: VoiceParams; themes: VoiceThemes; canCorrect: boolean; onChanged(): void }) {
  const [texts, setTexts] = useState<VoiceTextView[]>([]);
  const [total, setTotal] = useState<{ n: number; capped: boolean }>();
  const [more, setMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error>();
  const [editing, setEditing] = useState<VoiceTextView>();
  const [opened, setOpened] = useState<string>();
  const key = JSON.stringify(params);

  useEffect(() => {
    let current = true;
    setLoading(true);
    setError(undefined);
    searchVoice(params, 0, pageSize).then(
      (page) => {
        if (!current) return;
        setTexts(page.texts);
        setTotal({ n: page.total, capped: page.totalCapped });
        setMore(page.more);
        setLoading(false);
      },
      (failure: Error) => {
        if (!current) return;
        setError(failure);
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [key]);

  const next = async () => {
    setLoading(true);
    try {
      const page = await searchVoice(params, texts.length, pageSize);
      setTexts((shown) => [...shown, ...page.texts]);
      setMore(page.more);
    } catch (failure) {
      setError(failure as Error);
    }
    setLoading(false);
  };
  const titles = new Map(themes.themes.map((t) => [t.code, t.title]));
  return (
    <section aria-labelledby="voice-texts-title">
      <Group justify="space-between" align="baseline">
        <Title order={2} size="h4" id="voice-texts-title">
          Тексты{total ? `: ${total.capped ? "более " : ""}${total.n}` : ""}
        </Title>
        <Group gap="sm">
          <Anchor href={voiceExportUrl("xlsx", params)} size="sm">
            Выгрузить XLSX
          </Anchor>
          <Anchor href={voiceExportUrl("csv", params)} size="sm">
            Выгрузить CSV
          </Anchor>
        </Group>
      </Group>
      {error && <LoadState loading={false} error={error} what="тексты" />}
      {!error && !loading && texts.length === 0 && <EmptyState>Текстов по этим условиям нет</EmptyState>}
      <Paper withBorder p="sm" mt="xs">
        <Stack gap="sm" component="ul" className="comments" aria-label="Найденные тексты" data-testid="voice-texts">
          {texts.map((t) => (
            <TextItem
              key={t.id}
              text={t}
              themes={titles}
              canCorrect={canCorrect}
              onEdit={() => setEditing(t)}
              onOpen={() => t.responseId && setOpened(t.responseId)}
            />
          ))}
        </Stack>
        {loading && <LoadState loading what="тексты" />}
        {more && !loading && (
          <Button variant="default" size="xs" mt="sm" onClick={next}>
            Показать ещё
          </Button>
        )}
      </Paper>
      {editing && (
        <ThemeEditor
          text={editing}
          themes={themes}
          onClose={() => setEditing(undefined)}
          onSaved={(saved) => {
            setTexts((shown) => shown.map((t) => (t.id === editing.id ? { ...t, themes: saved, corrected: true } : t)));
            setEditing(undefined);
            onChanged();
          }}
        />
      )}
      {opened && <ResponseDialog id={opened} onClose={() => setOpened(undefined)} />}
    </section>
  );
}
