// «Структура»: the org tree of the caller's scope (region → managing → territorial), unit editing, closing, and a region's XLSX import.
import { Divider, Grid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { fetchAdminUnits, type AdminUnit } from "../../api/units-admin-api";
import { useUser } from "../../app/auth-context";
import { useAsync } from "../../app/use-async";
import { EmptyState, LoadState } from "../../components/LoadState";
import { StructureImport } from "./structure/StructureImport";
import { UnitPanel } from "./structure/UnitPanel";
import { UnitTree } from "./structure/UnitTree";
import { ancestry, buildTree, matchingIds, regionOf, type UnitTree as Tree } from "./structure/unit-tree";

/** What is open at first: a single root (a regional administrator's region) and its branches; a federal list stays folded. */
function initiallyExpanded(tree: Tree): Set<string> {
  const [only, ...others] = tree.roots;
  if (!only || others.length > 0) return new Set();
  return new Set([only.id, ...(tree.children.get(only.id) ?? []).map((u) => u.id)]);
}

export function StructureTab() {
  const user = useUser();
  const federal = user.role === "federal_admin";
  const state = useAsync(fetchAdminUnits, []);
  const tree = useMemo(() => buildTree(state.data?.units ?? []), [state.data]);
  const [expanded, setExpanded] = useState<Set<string>>();
  const [selectedId, setSelectedId] = useState<string>();
  const [search, setSearch] = useState("");
  const shown = useMemo(() => matchingIds(tree, search), [tree, search]);

  if (!state.data) return <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="структуру" />;
  if (state.data.units.length === 0) return <EmptyState>Подразделений нет.</EmptyState>;

  const open = expanded ?? initiallyExpanded(tree);
  const toggle = (id: string) => {
    const next = new Set(open);
    if (!next.delete(id)) next.add(id);
    setExpanded(next);
  };
  const selected = selectedId === undefined ? undefined : tree.byId.get(selectedId);
  const regions = tree.byId.size > 0 ? [...tree.byId.values()].filter((u) => u.kind === "region") : [];
  const selectedRegion = selectedId === undefined ? undefined : regionOf(tree, selectedId)?.id;

  const changed = (unit: AdminUnit) => {
    // Keep the changed unit in view: its ancestors unfolded, itself selected.
    const next = new Set(open);
    for (const u of ancestry(tree, unit.parentId ?? unit.id)) next.add(u.id);
    if (unit.parentId !== null) next.add(unit.parentId);
    setExpanded(next);
    setSelectedId(unit.id);
    state.reload();
  };

  return (
    <Stack gap="lg">
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="sm">
            <Title order={2} size="h4">
              Подразделения
            </Title>
            <TextInput
              type="search"
              label="Поиск по наименованию или коду"
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
              maw={420}
            />
            <div data-testid="unit-tree" aria-busy={state.loading}>
              <UnitTree tree={tree} shown={shown} expanded={open} onToggle={toggle} selectedId={selectedId} onSelect={setSelectedId} />
            </div>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          {selected ? (
            <UnitPanel key={selected.id} unit={selected} federal={federal} onChanged={changed} />
          ) : (
            <Text size="sm" c="dimmed">
              Выберите подразделение в дереве, чтобы увидеть сведения, изменить его, закрыть или добавить подчинённое.
            </Text>
          )}
        </Grid.Col>
      </Grid>
      <Divider />
      <StructureImport key={selectedRegion ?? ""} regions={regions} initialRegion={selectedRegion} onImported={state.reload} />
    </Stack>
  );
}
