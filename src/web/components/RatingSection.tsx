// A rating of the units inside one unit: the ranked table, the units apart, the network filter and the XLSX link.
import { Anchor, Group, Paper, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useId, useState } from "react";
import type { UnitKind, UnitRef } from "../../contract/dashboard";
import { countryId, fetchRating } from "../api/dashboard-api";
import { ratingXlsxUrl } from "../api/export-links";
import { useAsync } from "../app/use-async";
import { useIndexScale } from "../app/dashboard-context";
import { useViewParams } from "../app/view-params";
import { kindPluralGenitive } from "../format/labels";
import { countOf } from "../format/numbers";
import { periodLabel } from "../format/periods";
import { ApartTable } from "./ApartTable";
import { LoadState } from "./LoadState";
import { NoRating } from "./NoRating";
import { KindFilter, useKindParam } from "./KindFilter";
import { NetworkFilter } from "./NetworkFilter";
import { RatingTable, type HeatColumns } from "./RatingTable";
import { RegionFilter, useRegionParam } from "./RegionFilter";

/** Groups or indicators as the heatmap's columns (indicators only in one view). */
function HeatColumnsPicker({ value, onChange, combined }: { value: HeatColumns; onChange: (value: HeatColumns) => void; combined: boolean }) {
  const labelId = useId();
  const scale = useIndexScale();
  return (
    <Stack gap={2}>
      <Text size="xs" fw={500} id={labelId}>
        Столбцы{combined ? " (показатели — для соискателей или работодателей)" : ""}
      </Text>
      <SegmentedControl
        size="xs"
        aria-labelledby={labelId}
        value={value}
        onChange={(v) => onChange(v as HeatColumns)}
        data={[
          { value: "groups", label: countOf(scale.groups, { one: "группа", few: "группы", many: "групп" }) },
          { value: "indicators", label: countOf(scale.indicators, { one: "показатель", few: "показателя", many: "показателей" }), disabled: combined },
        ]}
        data-testid="heat-columns"
      />
    </Stack>
  );
}

export interface RatingSectionProps {
  unit: string;
  kind?: UnitKind;
  /** The country page: kind, network and region filters. */
  withNetworkFilter: boolean;
  /** The regions the country page may narrow a rating of centres to. */
  regions?: readonly UnitRef[];
  /** A heading instead of «Рейтинг …» (a centre's manager looking at its region's rating). */
  heading?: string;
}

export function RatingSection({ unit, kind: kindProp, withNetworkFilter, regions = [], heading }: RatingSectionProps) {
  // The country page compares regions, managing or territorial centres nationally (the seed's index kinds).
  const kindParam = useKindParam();
  const kind = withNetworkFilter ? kindParam : kindProp;
  const expectedKind: UnitKind = kind ?? (unit === countryId ? "region" : "territorial");
  const { period, view, network, basis } = useViewParams();
  const usedNetwork = withNetworkFilter ? network : undefined;
  const regionParam = useRegionParam(regions);
  const region = withNetworkFilter && expectedKind !== "region" ? regionParam : undefined;
  const [chosenColumns, setColumns] = useState<HeatColumns>("groups");
  // Indicators exist in one view only: the combined view shows the groups.
  const columns: HeatColumns = view === "combined" ? "groups" : chosenColumns;
  const state = useAsync(
    () => fetchRating(unit, { period, view, basis, kind, network: usedNetwork, region, columns }),
    [unit, period, view, basis, kind, usedNetwork, region, columns],
  );
  const rating = state.data;
  const shownKind = rating?.kind ?? expectedKind;
  const unitHeading = shownKind === "region" ? "Регион" : "Центр занятости";
  const title = heading ?? `Рейтинг ${kindPluralGenitive[shownKind]}${rating?.region ? ` — ${rating.region.name}` : ""}`;
  const titleId = heading ? `rating-title-${unit}` : "rating-title";
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h4" id={titleId}>
          {title}
        </Title>
        <Group align="flex-end" wrap="wrap">
          <HeatColumnsPicker value={columns} onChange={setColumns} combined={view === "combined"} />
          {withNetworkFilter && <KindFilter />}
          {withNetworkFilter && <NetworkFilter />}
          {withNetworkFilter && expectedKind !== "region" && regions.length > 0 && <RegionFilter regions={regions} />}
          {!rating?.peer && (
            <Anchor
              href={ratingXlsxUrl({ unit, period, view, basis, kind: rating?.kind ?? kind, network: usedNetwork, region })}
              download
              data-testid="rating-xlsx"
            >
              Скачать XLSX
            </Anchor>
          )}
        </Group>
      </Group>
      {rating?.region && (
        <Text size="sm" c="dimmed">
          Места — в рейтинге по стране.
        </Text>
      )}
      {rating?.peer && (
        <Text size="sm" c="dimmed" data-testid="peer-note">
          Только для просмотра: показатели центров региона без комментариев и анкет; страницы других центров недоступны.
        </Text>
      )}
      {!rating ? (
        <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="рейтинг" />
      ) : (
        <Stack gap="sm" mt="sm" data-testid="rating" data-unit={unit} aria-busy={state.loading}>
          {rating.rows.length === 0 ? (
            <NoRating rating={rating} />
          ) : (
            <RatingTable
              key={columns}
              columns={rating.rows[0]?.indicators ? "indicators" : "groups"}
              rows={rating.rows}
              caption={`${title}, ${periodLabel(rating.period)}`}
              unitHeading={unitHeading}
              period={period}
              view={view}
              basis={basis}
              readOnly={rating.peer}
            />
          )}
          {rating.apart.length > 0 && (
            <>
              <Title order={3} size="h5">
                Вне рейтинга
              </Title>
              <Text size="sm" c="dimmed">
                Мало ответов, нет данных по группе показателей или нет ответов за период.
              </Text>
              <ApartTable rows={rating.apart} unitHeading={unitHeading} period={period} view={view} basis={basis} readOnly={rating.peer} />
            </>
          )}
        </Stack>
      )}
    </Paper>
  );
}
