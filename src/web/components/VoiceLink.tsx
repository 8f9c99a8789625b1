// The link from a unit's page to its «Голос клиента» for the same period.
import { Anchor } from "@mantine/core";
import { Link } from "react-router-dom";

export function VoiceLink({ unit, period }: { unit: string; period: string }) {
  return (
    <Anchor component={Link} to={`/u/${encodeURIComponent(unit)}/voice?period=${encodeURIComponent(period)}`} size="sm" data-testid="voice-link">
      Голос клиента: поиск по отзывам и темы
    </Anchor>
  );
}
