// Recomputes a period under two methodology versions and shows the ratings side by side with each unit's rank change.
import { Button, Group, NativeSelect, Stack, Text } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { compareMethodologies, type Comparison, type MethodologyVersion } from "../../../api/admin-api";
import { fetchDashboardContext } from "../../../api/dashboard-api";
import { useAsync } from "../../../app/use-async";
import { LoadState } from "../../../components/LoadState";
import { kindPluralGenitive, viewLabels } from "../../../format/labels";
import { groupPeriods, periodLabel } from "../../../format/periods";
import { ComparisonTable } from "./ComparisonTable";

const views = (["combined", "seeker", "employer"] as const).map((value) => ({ value, label: viewLabels[value] }));

export function MethodologyCompare({ versions, initialB }: { versions: readonly MethodologyVersion[]; initialB?: string }) {
  const context = useAsync(fetchDashboardContext, []);
  const active = versions.find((v) => v.active)?.id ?? versions[0]?.id ?? "";
  const [a, setA] = useState(active);
  const [b, setB] = useState(initialB ?? versions.find((v) => v.id !== active)?.id ?? active);
  const [period, setPeriod] = useState<string>();
  const [view, setView] = useState<Comparison["view"]>("combined");
  const [comparison, setComparison] = useState<Comparison>();
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);

  if (!context.data) return <LoadState loading={context.loading} error={context.error} onRetry={context.reload} what="периоды" />;
  const chosenPeriod = period ?? context.data.defaultPeriod;
  const versionOptions = versions.map((v) => ({ value: v.id, label: `${v.id}${v.active ? " (действует)" : ""}` }));

  const compare = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      setComparison(await compareMethodologies({ period: chosenPeriod, a, b, view }));
    } catch (failure) {
      setError(failure as Error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm" data-testid="methodology-compare">
      <form onSubmit={compare}>
        <Group align="end">
          <NativeSelect label="Версия A" name="version-a" data={versionOptions} value={a} onChange={(e) => setA(e.currentTarget.value)} />
          <NativeSelect label="Версия B" name="version-b" data={versionOptions} value={b} onChange={(e) => setB(e.currentTarget.value)} />
          <NativeSelect
            label="Период"
            name="period"
            data={groupPeriods(context.data.periods)}
            value={chosenPeriod}
            onChange={(e) => setPeriod(e.currentTarget.value)}
          />
          <NativeSelect label="Вид" name="view" data={views} value={view} onChange={(e) => setView(e.currentTarget.value as Comparison["view"])} />
          <Button type="submit" loading={busy}>
            Сравнить
          </Button>
        </Group>
      </form>
      <LoadState loading={false} error={error} what="сравнение" />
      {comparison && !error && (
        <>
          <Text size="sm" data-testid="comparison-heading">
            Рейтинг {kindPluralGenitive[comparison.kind]} за {periodLabel(comparison.period)} ({viewLabels[comparison.view]}): версия A — «{comparison.a.title}
            », версия B — «{comparison.b.title}».
          </Text>
          <ComparisonTable comparison={comparison} />
        </>
      )}
    </Stack>
  );
}
