// The link from a unit's page to its corrective-measures register.
import { Anchor } from "@mantine/core";
import { Link } from "react-router-dom";

export function MeasuresLink({ unit }: { unit: string }) {
  return (
    <Anchor component={Link} to={`/u/${encodeURIComponent(unit)}/measures`} size="sm" data-testid="measures-link">
      Корректирующие меры (план, выполнение, эффект)
    </Anchor>
  );
}
