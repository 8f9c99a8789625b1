// The reviewer's decision on one flag or a whole group: confirm (exclude) or clear a pending one, reopen a decided one.
// Confirming an exclusion asks for confirmation and a note first.
import { Button, Group, Text } from "@mantine/core";
import { useState, type ReactNode } from "react";
import type { Decision, FlagStatus } from "../../api/quality-api";
import { useAction } from "../../app/use-action";
import { ExclusionDialog } from "./ExclusionDialog";

interface Props {
  status: FlagStatus;
  canDecide: boolean;
  /** Sends the decision; a rejection's message is shown under the buttons (or in the dialog). */
  onDecide: (decision: Decision, note?: string) => Promise<unknown>;
  /** Called after a decision was taken (the queue reloads). */
  onDecided: () => void;
  /** How many responses confirming excludes; 0 when confirming excludes nothing (a centre's flag). */
  excludes: number;
  /** What confirming says (default: the responses leave the figures). */
  confirmLabel?: string;
  /** Buttons shown before the decisions (evidence, links). */
  children?: ReactNode;
}

export function DecisionButtons({ status, canDecide, onDecide, onDecided, excludes, confirmLabel = "Подтвердить и исключить", children }: Props) {
  const [asking, setAsking] = useState(false);
  const action = useAction(() => {
    setAsking(false);
    onDecided();
  });
  const decide = (decision: Decision, note?: string) => void action.run(() => onDecide(decision, note));
  const confirm = () => (excludes > 0 ? (action.setError(undefined), setAsking(true)) : decide("confirm"));
  return (
    <>
      <Group mt="sm" gap="xs">
        {children}
        {canDecide && status === "pending" && (
          <>
            <Button size="xs" color="red" loading={action.busy} onClick={confirm}>
              {confirmLabel}
            </Button>
            <Button size="xs" variant="outline" loading={action.busy} onClick={() => decide("clear")}>
              Снять отметку
            </Button>
          </>
        )}
        {canDecide && status !== "pending" && (
          <Button size="xs" variant="outline" loading={action.busy} onClick={() => decide("reopen")}>
            Вернуть к рассмотрению
          </Button>
        )}
      </Group>
      {asking && (
        <ExclusionDialog
          count={excludes}
          busy={action.busy}
          error={action.error}
          onConfirm={(note) => decide("confirm", note)}
          onCancel={() => setAsking(false)}
        />
      )}
      {action.error && !asking && (
        <Text c="red" size="sm" role="alert" mt="xs">
          {action.error}
        </Text>
      )}
    </>
  );
}
