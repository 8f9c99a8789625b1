// The latest free-text comments in a unit's subtree for the period, newest first, a page at a time.
import { Button, Paper, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import type { CommentsResponse } from "../../contract/dashboard";
import { fetchComments } from "../api/dashboard-api";
import { respondentLabel } from "../format/labels";
import { EmptyState, LoadState } from "./LoadState";

type Comment = CommentsResponse["comments"][number];
const pageSize = 20;
const dateFormat = new Intl.DateTimeFormat("ru-RU", { dateStyle: "long", timeStyle: "short" });

function CommentItem({ comment, showUnit }: { comment: Comment; showUnit: boolean }) {
  return (
    <li className="comment">
      <Text size="xs" c="dimmed">
        {dateFormat.format(new Date(comment.submittedAt))} · {respondentLabel(comment.respondent)}
        {showUnit ? ` · ${comment.unit.name}` : ""}
      </Text>
      <Text size="xs" c="dimmed">
        {comment.questionText}
        {comment.answer !== undefined ? ` (ответ: ${comment.answer})` : ""}
      </Text>
      <Text size="sm">{comment.text}</Text>
    </li>
  );
}

export function CommentsList({ unit, period, showUnit }: { unit: string; period: string; showUnit: boolean }) {
  const [comments, setComments] = useState<Comment[]>([]);
  const [nextBefore, setNextBefore] = useState<string>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setComments([]);
    setNextBefore(undefined);
    setError(undefined);
    setLoading(true);
    fetchComments(unit, { period, limit: pageSize }).then(
      (page) => {
        if (!current) return;
        setComments(page.comments);
        setNextBefore(page.nextBefore);
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
  }, [unit, period, attempt]);

  const more = async () => {
    if (!nextBefore) return;
    setLoading(true);
    try {
      const page = await fetchComments(unit, { period, limit: pageSize, before: nextBefore });
      setComments((previous) => [...previous, ...page.comments]);
      setNextBefore(page.nextBefore);
    } catch (failure) {
      setError(failure as Error);
    } finally {
      setLoading(false);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="comments-title">
      <Title order={2} size="h4" id="comments-title">
        Что пишут клиенты
      </Title>
      {comments.length > 0 && (
        <Stack component="ul" gap="sm" mt="sm" className="comments" data-testid="comments">
          {comments.map((comment) => (
            <CommentItem key={`${comment.responseId}:${comment.question}`} comment={comment} showUnit={showUnit} />
          ))}
        </Stack>
      )}
      {!loading && !error && comments.length === 0 && <EmptyState>За этот период комментариев нет.</EmptyState>}
      <LoadState loading={loading} error={error} onRetry={() => setAttempt((n) => n + 1)} what="комментарии" />
      {nextBefore && !loading && (
        <Button mt="sm" variant="outline" onClick={() => void more()}>
          Показать ещё
        </Button>
      )}
    </Paper>
  );
}
