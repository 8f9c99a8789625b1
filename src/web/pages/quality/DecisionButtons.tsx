// The reviewer's decision on one flag or a whole group: confirm (exclude) or clear a pending one, reopen a decided one.
import { Button, Group, Text } from "@mantine/core";
import { useState, type ReactNode } from "react";
import type { Decision, FlagStatus } from "../../api/quality-api";

interface Props {
  status: FlagStatus;
  canDecide: boolean;
  /** Sends the decision; a rejection's message is shown under the buttons. */
  onDecide: (decision: Decision) => Promise<unknown>;
  /** Called after a decision was taken (the queue reloads). */
  onDecided: () => void;
  /** What confirming says (default: the responses leave the figures). */
  confirmLabel?: string;
  /** Buttons shown before the decisions (evidence, links). */
  children?: ReactNode;
}

export function DecisionButtons({ status, canDecide, onDecide, onDecided, confirmLabel = "Подтвердить и исключить", children }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const act = async (decision: Decision) => {
    setBusy(true);
    setError(undefined);
    try {
      await onDecide(decision);
      onDecided();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Group mt="sm" gap="xs">
        {children}
        {canDecide && status === "pending" && (
          <>
            <Button size="xs" color="red" loading={busy} onClick={() => void act("confirm")}>
              {confirmLabel}
            </Button>
            <Button size="xs" variant="outline" loading={busy} onClick={() => void act("clear")}>
              Снять отметку
            </Button>
          </>
        )}
        {canDecide && status !== "pending" && (
          <Button size="xs" variant="outline" loading={busy} onClick={() => void act("reopen")}>
            Вернуть к рассмотрению
          </Button>
        )}
      </Group>
      {error && (
        <Text c="red" size="sm" role="alert" mt="xs">
          {error}
        </Text>
      )}
    </>
  );
}
