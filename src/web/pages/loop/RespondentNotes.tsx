// The respondents' notes («Примечание») on an indicator's questions, newest first.
import { Text, Title } from "@mantine/core";
import type { PainEvidenceResponse } from "../../../contract/pain-points";
import { EmptyState } from "../../components/LoadState";

const dateTime = new Intl.DateTimeFormat("ru-RU", { dateStyle: "short", timeStyle: "short" });

export function RespondentNotes({ notes }: { notes: PainEvidenceResponse["notes"] }) {
  return (
    <div>
      <Title order={4} size="h6">
        Примечания респондентов
      </Title>
      {notes.length === 0 ? (
        <EmptyState>Респонденты не оставили примечаний к вопросам этого показателя.</EmptyState>
      ) : (
        <ul className="comments" data-testid="respondent-notes">
          {notes.map((n) => (
            <li key={`${n.responseId}-${n.question}`} className="comment">
              <Text size="sm">«{n.text}»</Text>
              <Text size="xs" c="dimmed">
                {dateTime.format(new Date(n.submittedAt))} · {n.unit.name} · {n.questionText}
                {n.answer !== undefined ? ` · ответ: ${n.answer}` : ""}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
