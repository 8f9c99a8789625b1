// When a rating ranks nobody: why, in plain words, and the views and periods that do have a rating.
import { Button, Group, Stack, Text } from "@mantine/core";
import type { RatingResponse, ViewName } from "../../contract/dashboard";
import { useViewParams } from "../app/view-params";
import { kindPluralGenitive, viewLabels } from "../format/labels";
import { periodLabel } from "../format/periods";

const whyByView: Record<ViewName, string> = {
  combined: "в сводный рейтинг попадает центр, у которого индекс рассчитан и по соискателям, и по работодателям",
  seeker: "в рейтинг по соискателям попадает центр, у которого индекс по соискателям рассчитан",
  employer: "в рейтинг по работодателям попадает центр, у которого индекс по работодателям рассчитан",
};

/** The commonest reason among the rows apart, without its figures: «мало ответов работодателей» (and how many share it). */
function commonestReason(rating: RatingResponse): { reason: string; count: number } | undefined {
  const counts = new Map<string, number>();
  for (const row of rating.apart) {
    const reason = (row.reason ?? "").split(":")[0]?.trim();
    if (reason) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  const [reason, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  return reason === undefined || count === undefined ? undefined : { reason, count };
}

export function NoRating({ rating }: { rating: RatingResponse }) {
  const { update } = useViewParams();
  const common = commonestReason(rating);
  const kinds = kindPluralGenitive[rating.kind];
  const alternatives = rating.alternatives ?? { views: [], periods: [] };
  return (
    <Stack gap="xs" data-testid="no-rating">
      <Text size="sm">
        Рейтинг {kinds} за «{periodLabel(rating.period)}» ({viewLabels[rating.view]}) не составлен: ни у одного из них индекс не рассчитан. Индекс
        рассчитывается, когда ответов не меньше {rating.minSample ?? 30} и есть данные по всем группам показателей; {whyByView[rating.view]}.
      </Text>
      {common && (
        <Text size="sm">
          Чаще всего причина — {common.reason} ({common.count} из {rating.apart.length}).
        </Text>
      )}
      {alternatives.views.length + alternatives.periods.length > 0 ? (
        <Group gap="xs" data-testid="rating-alternatives">
          <Text size="sm" fw={600}>
            Рейтинг есть:
          </Text>
          {alternatives.views.map((v) => (
            <Button key={v} size="xs" variant="light" onClick={() => update({ view: v })}>
              {viewLabels[v]} за «{periodLabel(rating.period)}»
            </Button>
          ))}
          {alternatives.periods.map((p) => (
            <Button key={p} size="xs" variant="default" onClick={() => update({ period: p })}>
              {periodLabel(p)} ({viewLabels[rating.view]})
            </Button>
          ))}
        </Group>
      ) : (
        <Text size="sm">Ни в другом представлении, ни в предыдущих периодах рейтинга пока нет.</Text>
      )}
    </Stack>
  );
}
