// One checklist of a unit and period: yes / no / not applicable per item, save as a draft or submit; review buttons.
import { Alert, Button, Group, Paper, Radio, Stack, Text, TextInput, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import type { ChecklistAnswer, ObjectivePage } from "../../../contract/objective";
import { saveChecklist } from "../../api/objective-api";
import { EntryHistory } from "./EntryHistory";
import { EntryStatus } from "./EntryStatus";
import { PhotoEvidence } from "./PhotoEvidence";
import { ReviewActions } from "./ReviewActions";

type Block = ObjectivePage["checklists"][number];

const options: { value: ChecklistAnswer; label: string }[] = [
  { value: "yes", label: "да" },
  { value: "no", label: "нет" },
  { value: "na", label: "н/п" },
];

export function ChecklistForm({ block, unit, period, onChanged }: { block: Block; unit: string; period: string; onChanged: () => void }) {
  const entry = block.entry;
  const stored = () => new Map((entry?.answers ?? []).map((a) => [a.item, a.answer]));
  const storedComments = () => new Map((entry?.answers ?? []).map((a) => [a.item, a.comment ?? ""]));
  const [answers, setAnswers] = useState<Map<string, ChecklistAnswer>>(stored);
  const [comments, setComments] = useState<Map<string, string>>(storedComments);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    setAnswers(stored());
    setComments(storedComments());
  }, [entry?.id, entry?.updatedAt]);

  const editable = entry ? entry.actions.edit : block.canCreate;
  const complete = block.items.every((i) => answers.has(i.code));
  const met = [...answers.values()].filter((a) => a === "yes").length;
  const applicable = met + [...answers.values()].filter((a) => a === "no").length;
  const save = async (submit: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      await saveChecklist({
        unit,
        period,
        checklist: block.code,
        answers: block.items
          .filter((i) => answers.has(i.code))
          .map((i) => ({ item: i.code, answer: answers.get(i.code)!, comment: comments.get(i.code)?.trim() || null })),
        submit,
      });
      onChanged();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const titleId = `checklist-${block.code}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId} data-testid={`checklist-${block.code}`}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id={titleId}>
            {block.indicator} · {block.name}
          </Title>
          <EntryStatus entry={entry} />
        </div>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {block.items.map((item) => (
          <Stack key={item.code} gap={4}>
            <Radio.Group
              label={item.text}
              description={item.code}
              value={answers.get(item.code) ?? null}
              onChange={(value) => setAnswers((previous) => new Map(previous).set(item.code, value as ChecklistAnswer))}
            >
              <Group mt={4} gap="lg">
                {options.map((o) => (
                  <Radio key={o.value} value={o.value} label={o.label} disabled={!editable} />
                ))}
              </Group>
            </Radio.Group>
            {(editable || comments.get(item.code)) && (
              <TextInput
                size="xs"
                label={`Комментарий к пункту ${item.code}`}
                placeholder={editable ? "необязательно" : undefined}
                value={comments.get(item.code) ?? ""}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setComments((previous) => new Map(previous).set(item.code, value));
                }}
                maxLength={2000}
                readOnly={!editable}
                maw={640}
              />
            )}
          </Stack>
        ))}
        <Text size="sm" data-testid="checklist-score">
          Выполнено {met} из {applicable} применимых пунктов{applicable > 0 ? ` (${Math.round((met / applicable) * 100)} %)` : ""}
        </Text>
        {editable && (
          <Group gap="xs">
            <Button variant="outline" loading={busy} onClick={() => void save(false)}>
              Сохранить черновик
            </Button>
            <Button loading={busy} disabled={!complete} onClick={() => void save(true)}>
              Отправить на утверждение
            </Button>
          </Group>
        )}
        <PhotoEvidence code={block.code} {...(entry ? { entry } : {})} items={block.items} editable={editable} onChanged={onChanged} />
        {entry && <ReviewActions entry={entry} onChanged={onChanged} onError={setError} />}
        {entry && <EntryHistory entryId={entry.id} version={entry.updatedAt} />}
      </Stack>
    </Paper>
  );
}
