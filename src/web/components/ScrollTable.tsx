// A wide table that scrolls sideways inside its own box on narrow screens, reachable by keyboard (a named region).
// Positioned, so that absolutely placed descendants (visually hidden texts) are clipped with it and never widen the page.
import { Table } from "@mantine/core";
import type { ReactNode } from "react";

export function ScrollTable({ label, minWidth, children, mt }: { label: string; minWidth: number; children: ReactNode; mt?: string }) {
  return (
    <Table.ScrollContainer minWidth={minWidth} type="native" tabIndex={0} role="region" aria-label={label} mt={mt} pos="relative">
      {children}
    </Table.ScrollContainer>
  );
}
