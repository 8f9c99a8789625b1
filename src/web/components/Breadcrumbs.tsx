// Breadcrumbs from the user's home down to the current unit: country → region → managing → centre.
import { Anchor, Breadcrumbs as MantineBreadcrumbs, Text } from "@mantine/core";
import { Link } from "react-router-dom";
import type { UnitRef } from "../../contract/dashboard";
import { unitPath, useViewParams } from "../app/view-params";

export function Breadcrumbs({ trail, current }: { trail: readonly UnitRef[]; current: UnitRef }) {
  const { period, view, basis } = useViewParams();
  return (
    <nav aria-label="Путь">
      <MantineBreadcrumbs separator="→">
        {trail.map((unit) => (
          <Anchor key={unit.id} component={Link} to={unitPath(unit.id, { period, view, basis })} size="sm">
            {unit.name}
          </Anchor>
        ))}
        <Text size="sm" aria-current="page">
          {current.name}
        </Text>
      </MantineBreadcrumbs>
    </nav>
  );
}
