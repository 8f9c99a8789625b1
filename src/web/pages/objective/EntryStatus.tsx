// The workflow state of an objective entry: a badge, who did what, and the reason of a return or reopening.
import { Badge, Group, Paper, Text } from "@mantine/core";
import type { ObjectiveEntryView, ObjectiveStatus } from "../../../contract/objective";

// Dark enough for white text (WCAG AA), the same hues as the app's statuses.
const labels: Record<ObjectiveStatus, { text: string; color: string }> = {
  draft: { text: "черновик", color: "#495057" },
  submitted: { text: "на утверждении", color: "#1c5fb0" },
  approved: { text: "утверждено", color: "#1a7037" },
  returned: { text: "возвращено на доработку", color: "#8a4b00" },
};

const dateTime = (iso: string) => new Date(iso).toLocaleString("ru-RU", { dateStyle: "short", timeStyle: "short" });

export function EntryStatus({ entry }: { entry?: ObjectiveEntryView }) {
  if (!entry)
    return (
      <Badge color="#495057" variant="outline" data-testid="entry-status" data-status="none">
        не заполнено
      </Badge>
    );
  const label = labels[entry.status];
  return (
    <>
      <Group gap="xs">
        <Badge color={label.color} data-testid="entry-status" data-status={entry.status}>
          {label.text}
        </Badge>
        <Text size="xs" c="dimmed">
          {entry.counted ? "учитывается в индексе" : "в индексе не учитывается"}
          {entry.submittedBy && entry.submittedAt ? ` · отправил(а) ${entry.submittedBy.displayName}, ${dateTime(entry.submittedAt)}` : ""}
          {entry.approvedBy && entry.approvedAt ? ` · утвердил(а) ${entry.approvedBy.displayName}, ${dateTime(entry.approvedAt)}` : ""}
        </Text>
      </Group>
      {entry.status === "returned" && entry.returnReason && (
        <Paper withBorder mt="xs" p="xs" style={{ borderColor: "#8a4b00" }} data-testid="return-reason">
          <Text size="sm" fw={600} c="#8a4b00">
            {entry.reopenings.length > 0 ? "Переоткрыто" : "Возвращено на доработку"}
          </Text>
          <Text size="sm">{entry.returnReason}</Text>
        </Paper>
      )}
    </>
  );
}
