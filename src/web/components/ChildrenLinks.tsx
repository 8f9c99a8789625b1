// The units directly below this one (a region's managing centre, a managing centre's branches), for drill-down.
import { Anchor, Group, Paper, Title } from "@mantine/core";
import { Link } from "react-router-dom";
import type { UnitPage, ViewName } from "../../contract/dashboard";
import { unitPath, useViewParams } from "../app/view-params";

export function ChildrenLinks({ units, period, view }: { units: UnitPage["children"]; period: string; view: ViewName }) {
  const { basis } = useViewParams();
  return (
    <Paper withBorder p="md" component="nav" aria-labelledby="children-title">
      <Title order={2} size="h4" id="children-title">
        Подразделения
      </Title>
      <Group mt="xs" gap="md">
        {units.map((unit) => (
          <Anchor key={unit.id} component={Link} to={unitPath(unit.id, { period, view, basis })} size="sm">
            {unit.name}
          </Anchor>
        ))}
      </Group>
    </Paper>
  );
}
