// The link from a unit's page to its objective data (checklists, statistics) for the same period.
import { Anchor } from "@mantine/core";
import { Link } from "react-router-dom";

export function ObjectiveLink({ unit, period }: { unit: string; period: string }) {
  return (
    <Anchor component={Link} to={`/u/${encodeURIComponent(unit)}/objective?period=${encodeURIComponent(period)}`} size="sm" data-testid="objective-link">
      Объективные данные (чек-листы, статистика)
    </Anchor>
  );
}
