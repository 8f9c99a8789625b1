// The engine's reasons for a flag, in the words a reviewer reads.
import { Stack, Text } from "@mantine/core";

export function ReasonList({ reasons }: { reasons: readonly { code: string; text: string }[] }) {
  return (
    <Stack gap={2} mt="xs" data-testid="flag-reasons">
      {reasons.map((r) => (
        <Text size="sm" key={r.code}>
          • {r.text}
        </Text>
      ))}
    </Stack>
  );
}
