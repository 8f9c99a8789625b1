// The country's regions as a tile-grid map coloured by the index (five classes from the lowest to the highest
// index shown), each square a link to the region; a legend, and the rating table below as the same data in words.
import { Anchor, Box, Group, Paper, Text, Title } from "@mantine/core";
import { Link } from "react-router-dom";
import type { RatingRow, ViewName } from "../../contract/dashboard";
import { countryId, fetchRating } from "../api/dashboard-api";
import { useAsync } from "../app/use-async";
import { useIndexScale } from "../app/dashboard-context";
import { unitPath } from "../app/view-params";
import { heatColour } from "../format/heatmap";
import { formatNumber } from "../format/numbers";
import { regionTiles } from "../format/region-tiles";

const classes = 5;
const noData = "#e9ecef";

/** Class bounds (index values) between the lowest and the highest index shown. */
function bounds(values: readonly number[]): number[] {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return Array.from({ length: classes + 1 }, (_, i) => low + ((high - low) * i) / classes);
}

/** The class (0..4) of an index value. */
function classOf(value: number, b: readonly number[]): number {
  const step = ((b[classes] ?? value) - (b[0] ?? value)) / classes;
  return step > 0 ? Math.min(classes - 1, Math.max(0, Math.floor((value - (b[0] ?? value)) / step))) : classes - 1;
}
const classColour = (k: number) => heatColour(((k + 0.5) / classes) * 100) ?? noData;

export function RegionTileMap({ period, view }: { period: string; view: ViewName }) {
  const state = useAsync(() => fetchRating(countryId, { period, view, kind: "region" }), [period, view]);
  const rows: RatingRow[] = state.data ? [...state.data.rows, ...state.data.apart] : [];
  const ranked = rows.filter((r) => r.figures.status === "ok" && r.figures.index !== undefined);
  const b = ranked.length ? bounds(ranked.map((r) => r.figures.index as number)) : [];
  const size = 44;
  const { total } = useIndexScale();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="tile-map-title" data-testid="region-map">
      <Title order={2} size="h4" id="tile-map-title">
        Карта регионов
      </Title>
      <Text size="sm" c="dimmed">
        Квадрат — регион на его примерном месте; цвет — индекс ({state.data ? "пять классов от наименьшего до наибольшего значения" : "загрузка"}). Те же данные
        словами — в{" "}
        <Anchor href="#rating-title" td="underline">
          таблице рейтинга
        </Anchor>
        .
      </Text>
      <Box mt="sm" style={{ overflowX: "auto" }}>
        <Box
          component="ul"
          aria-label="Регионы на карте"
          style={{ position: "relative", listStyle: "none", margin: 0, padding: 0, width: 18 * (size + 4), height: 11 * (size + 4) }}
        >
          {rows.map((row) => {
            const place = regionTiles[row.id];
            if (!place) return null;
            const value = row.figures.status === "ok" ? row.figures.index : undefined;
            const label = `${row.id} ${row.name}: ${value === undefined ? `индекса нет (${row.reason ?? "нет данных"})` : `индекс ${formatNumber(value)} из ${total}`}`;
            return (
              <li key={row.id} style={{ position: "absolute", left: place[0] * (size + 4), top: place[1] * (size + 4) }}>
                <Link
                  to={unitPath(row.id, { period, view })}
                  aria-label={label}
                  title={label}
                  data-region={row.id}
                  className="region-tile"
                  style={{ width: size, height: size, background: value === undefined ? noData : classColour(classOf(value, b)) }}
                >
                  {row.id}
                </Link>
              </li>
            );
          })}
        </Box>
      </Box>
      {b.length > 0 && (
        <Group gap="md" mt="sm" component="ul" aria-label="Легенда" style={{ listStyle: "none", padding: 0 }}>
          {Array.from({ length: classes }, (_, k) => (
            <Group key={k} gap={4} component="li">
              <Box w={16} h={16} style={{ background: classColour(k), border: "1px solid #868e96" }} aria-hidden="true" />
              <Text size="xs">
                {formatNumber(b[k])}–{formatNumber(b[k + 1])}
              </Text>
            </Group>
          ))}
          <Group gap={4} component="li">
            <Box w={16} h={16} style={{ background: noData, border: "1px solid #868e96" }} aria-hidden="true" />
            <Text size="xs">индекса нет</Text>
          </Group>
        </Group>
      )}
    </Paper>
  );
}
