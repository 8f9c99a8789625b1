// The org tree as nested lists: a toggle per unit with subordinates, a button to select it; a search keeps matches and their ancestors.
import { ActionIcon, Group, Text, UnstyledButton } from "@mantine/core";
import type { AdminUnit } from "../../../api/units-admin-api";
import { kindLabels, networkLabels } from "../../../format/labels";
import type { UnitTree as Tree } from "./unit-tree";

export interface UnitTreeProps {
  tree: Tree;
  /** The ids a search keeps (all expanded), or undefined for the whole tree. */
  shown?: Set<string>;
  expanded: ReadonlySet<string>;
  onToggle(id: string): void;
  selectedId?: string;
  onSelect(id: string): void;
}

function UnitLabel({ unit }: { unit: AdminUnit }) {
  return (
    <>
      <Text span ff="monospace" fw={600} size="sm">
        {unit.id}
      </Text>{" "}
      <Text span size="sm">
        {unit.name}
      </Text>{" "}
      <Text span size="xs" c="dimmed">
        ({kindLabels[unit.kind]}
        {unit.kind === "region" && unit.network ? `, сеть ${networkLabels[unit.network]}` : ""})
      </Text>
      {unit.closedAt !== null && (
        <Text span size="xs" fw={700} c="red.9" ml={6} data-testid="closed-mark">
          закрыт
        </Text>
      )}
    </>
  );
}

export function UnitTree(props: UnitTreeProps) {
  const { tree, shown } = props;
  const roots = tree.roots.filter((u) => !shown || shown.has(u.id));
  if (roots.length === 0) return <Text size="sm">Ничего не найдено.</Text>;
  return <Branch {...props} units={roots} level={1} />;
}

function Branch(props: UnitTreeProps & { units: AdminUnit[]; level: number }) {
  const { tree, shown, expanded, onToggle, selectedId, onSelect, units, level } = props;
  return (
    <ul
      className="unit-tree"
      style={{ listStyle: "none", margin: 0, paddingLeft: level === 1 ? 0 : 20 }}
      aria-label={level === 1 ? "Подразделения" : undefined}
    >
      {units.map((unit) => {
        const children = (tree.children.get(unit.id) ?? []).filter((u) => !shown || shown.has(u.id));
        const open = shown !== undefined || expanded.has(unit.id);
        const selected = unit.id === selectedId;
        return (
          <li key={unit.id} data-unit={unit.id} data-kind={unit.kind} data-closed={unit.closedAt !== null}>
            <Group gap={4} wrap="nowrap" align="flex-start">
              {children.length > 0 ? (
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  mt={2}
                  aria-expanded={open}
                  aria-label={`${open ? "Свернуть" : "Развернуть"} ${unit.id}`}
                  onClick={() => onToggle(unit.id)}
                  disabled={shown !== undefined}
                >
                  <span aria-hidden="true">{open ? "▾" : "▸"}</span>
                </ActionIcon>
              ) : (
                <span style={{ display: "inline-block", width: 22 }} aria-hidden="true" />
              )}
              <UnstyledButton
                onClick={() => onSelect(unit.id)}
                aria-pressed={selected}
                data-testid="tree-unit"
                data-select={unit.id}
                px={6}
                py={2}
                style={{ borderRadius: 4, background: selected ? "var(--mantine-color-blue-0)" : undefined, outlineOffset: 1 }}
              >
                <UnitLabel unit={unit} />
              </UnstyledButton>
            </Group>
            {open && children.length > 0 && <Branch {...props} units={children} level={level + 1} />}
          </li>
        );
      })}
    </ul>
  );
}
