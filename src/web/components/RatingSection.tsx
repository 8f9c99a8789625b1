// A rating of the units inside one unit: the ranked table, the units apart, the network filter and the XLSX link.
import { Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { UnitKind } from "../../server/dashboard/dashboard-types";
import { countryId, fetchRating } from "../api/dashboard-api";
import { ratingXlsxUrl } from "../api/export-links";
import { useAsync } from "../app/use-async";
import { useViewParams } from "../app/view-params";
import { kindPluralGenitive } from "../format/labels";
import { periodLabel } from "../format/periods";
import { ApartTable } from "./ApartTable";
import { LoadState } from "./LoadState";
import { NoRating } from "./NoRating";
import { KindFilter, useKindParam } from "./KindFilter";
import { NetworkFilter } from "./NetworkFilter";
import { RatingTable } from "./RatingTable";

export function RatingSection({ unit, kind: kindProp, withNetworkFilter }: { unit: string; kind?: UnitKind; withNetworkFilter: boolean }) {
  // The country page compares regions, managing or territorial centres nationally (the seed's index kinds).
  const kindParam = useKindParam();
  const kind = withNetworkFilter ? kindParam : kindProp;
  const expectedKind: UnitKind = kind ?? (unit === countryId ? "region" : "territorial");
  const { period, view, network, basis } = useViewParams();
  const usedNetwork = withNetworkFilter ? network : undefined;
  const state = useAsync(() => fetchRating(unit, { period, view, basis, kind, network: usedNetwork }), [unit, period, view, basis, kind, usedNetwork]);
  const rating = state.data;
  const shownKind = rating?.kind ?? expectedKind;
  const unitHeading = shownKind === "region" ? "Регион" : "Центр занятости";
  const title = `Рейтинг ${kindPluralGenitive[shownKind]}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="rating-title">
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h4" id="rating-title">
          {title}
        </Title>
        <Group align="flex-end">
          {withNetworkFilter && <KindFilter />}
          {withNetworkFilter && <NetworkFilter />}
          <Anchor href={ratingXlsxUrl({ unit, period, view, basis, kind: rating?.kind ?? kind, network: usedNetwork })} download data-testid="rating-xlsx">
            Скачать XLSX
          </Anchor>
        </Group>
      </Group>
      {!rating ? (
        <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="рейтинг" />
      ) : (
        <Stack gap="sm" mt="sm" data-testid="rating" data-unit={unit} aria-busy={state.loading}>
          {rating.rows.length === 0 ? (
            <NoRating rating={rating} />
          ) : (
            <RatingTable rows={rating.rows} caption={`${title}, ${periodLabel(rating.period)}`} unitHeading={unitHeading} period={period} view={view} basis={basis} />
          )}
          {rating.apart.length > 0 && (
            <>
              <Title order={3} size="h5">
                Вне рейтинга
              </Title>
              <Text size="sm" c="dimmed">
                Мало ответов, нет данных по группе показателей или нет ответов за период.
              </Text>
              <ApartTable rows={rating.apart} unitHeading={unitHeading} period={period} view={view} basis={basis} />
            </>
          )}
        </Stack>
      )}
    </Paper>
  );
}
