// «Звезда»: the five groups as percent of their maxima on a radar, the country's star faint behind, and the same data as a table.
import { Paper, Table, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import { formatNumber } from "../format/numbers";
import { ScrollTable } from "./ScrollTable";
import { LazyChart } from "./charts/LazyChart";
import type { ChartOption } from "./charts/echarts-setup";

export interface StarProps {
  groups: readonly { code: string; name: string; short: string; max: number }[];
  /** Percent of M_g per present group. */
  star: Record<string, number>;
  /** The country's star for comparison (left out on the country's own page). */
  country?: Record<string, number>;
  /** The centre's region for comparison (only on a centre's page). */
  region?: { name: string; star: Record<string, number> };
  unitName: string;
}

const unitColor = "#1864ab";
const countryColor = "#868e96";
const regionColor = "#e8590c";

/** Breaks a label into lines of about `width` characters, so that long names stay inside the canvas. */
function wrap(text: string, width = 22): string {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join("\n");
}

function starOption({ groups, star, country, region, unitName }: StarProps): ChartOption {
  const values = (source: Record<string, number>) => groups.map((g) => source[g.code] ?? 0);
  const series = [
    ...(country
      ? [
          {
            name: "Россия",
            value: values(country),
            lineStyle: { color: countryColor, width: 1, type: "dashed" as const },
            itemStyle: { color: countryColor },
            areaStyle: { color: countryColor, opacity: 0.08 },
          },
        ]
      : []),
    ...(region
      ? [
          {
            name: region.name,
            value: values(region.star),
            lineStyle: { color: regionColor, width: 1.5, type: "dotted" as const },
            itemStyle: { color: regionColor },
          },
        ]
      : []),
    {
      name: unitName,
      value: values(star),
      lineStyle: { color: unitColor, width: 2 },
      itemStyle: { color: unitColor },
      areaStyle: { color: unitColor, opacity: 0.25 },
    },
  ];
  return {
    animation: false,
    legend: { bottom: 0, data: series.map((s) => s.name) },
    tooltip: {},
    radar: {
      radius: "60%",
      indicator: groups.map((g) => ({ name: wrap(`${g.code} — ${g.short}`), max: 100, min: 0 })),
      axisName: { color: "#212529", fontSize: 11, lineHeight: 14 },
    },
    series: [{ type: "radar", symbolSize: 4, data: series }],
  };
}

function describe({ groups, star, unitName }: StarProps): string {
  const parts = groups.map((g) => `${g.code} (${g.short}) ${star[g.code] === undefined ? "нет данных" : `${formatNumber(star[g.code])} %`}`);
  return `Звезда «${unitName}»: ${parts.join(", ")}`;
}

export function Star(props: StarProps) {
  const { groups, star, country, region, unitName } = props;
  const option = useMemo(() => starOption({ groups, star, country, region, unitName }), [groups, star, country, region, unitName]);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="star-title" data-testid="star">
      <Title order={2} size="h4" id="star-title">
        Звезда
      </Title>
      <Text size="sm" c="dimmed">
        Группы в процентах от максимума{country ? "; пунктиром — Россия" : ""}
        {region ? `; точками — ${region.name}` : ""}
      </Text>
      <LazyChart option={option} label={describe(props)} testId="star-chart" />
      <ScrollTable minWidth={region ? 420 : 320} label="Таблица звезды">
        <Table mt="xs" fz="sm" striped data-testid="star-table">
          <caption className="visually-hidden">Звезда: значения групп в процентах от максимума</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Группа</Table.Th>
              <Table.Th scope="col" className="num">
                % от максимума
              </Table.Th>
              {region && (
                <Table.Th scope="col" className="num">
                  Регион
                </Table.Th>
              )}
              {country && (
                <Table.Th scope="col" className="num">
                  Россия
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((g) => (
              <Table.Tr key={g.code}>
                <Table.Th scope="row" fw={400}>
                  {g.code} — {g.name} (макс. {formatNumber(g.max)})
                </Table.Th>
                <Table.Td className="num">{formatNumber(star[g.code])}</Table.Td>
                {region && (
                  <Table.Td className="num" data-col="region">
                    {formatNumber(region.star[g.code])}
                  </Table.Td>
                )}
                {country && <Table.Td className="num">{formatNumber(country[g.code])}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Paper>
  );
}
