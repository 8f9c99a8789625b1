// A unit's page (/u/:id): the country, a region, a managing centre or a territorial centre.
import { Grid, Group, Stack, Text, Title } from "@mantine/core";
import { useEffect } from "react";
import { useParams } from "react-router-dom";
import type { CounterBasis, UnitPage } from "../../contract/dashboard";
import { countryId, fetchUnitPage } from "../api/dashboard-api";
import { useUser } from "../app/auth-context";
import { useDashboard } from "../app/dashboard-context";
import { useAsync } from "../app/use-async";
import { useViewParams } from "../app/view-params";
import { Breadcrumbs } from "../components/Breadcrumbs";
import { ChildrenLinks } from "../components/ChildrenLinks";
import { CommentsList } from "../components/CommentsList";
import { ExportLinks } from "../components/ExportLinks";
import { IndexCard } from "../components/IndexCard";
import { IndicatorTable } from "../components/IndicatorTable";
import { KioskPanel } from "../components/KioskPanel";
import { LoadState } from "../components/LoadState";
import { PeriodNotice } from "../components/PeriodNotice";
import { RatingSection } from "../components/RatingSection";
import { RegionTileMap } from "../components/RegionTileMap";
import { Star } from "../components/Star";
import { SurveyLinks } from "../components/SurveyLinks";
import { TrendChart } from "../components/TrendChart";
import { TrustCard } from "../components/TrustCard";
import { kindLabels, kindPluralGenitive, networkLabels, viewLabels } from "../format/labels";
import { periodLabel } from "../format/periods";
import { NotFoundPage } from "./NotFoundPage";
import { ObjectiveLink } from "../components/ObjectiveLink";
import { MeasuresLink } from "../components/MeasuresLink";
import { VoiceLink } from "../components/VoiceLink";
import { CountryPainSection } from "./loop/CountryPainSection";
import { PainHeatmapSection } from "./loop/PainHeatmapSection";
import { PainPointsSection } from "./loop/PainPointsSection";

/** How the heading names figures that are not the published ones. */
const basisNotes: Record<CounterBasis, string> = {
  published: "",
  raw: " · все ответы, включая исключённые",
  confirmed_pending: " · если подтвердить ожидающие флаги",
};

function UnitHeading({ page }: { page: UnitPage }) {
  const { unit } = page;
  return (
    <div>
      <Title order={1} size="h2" data-testid="unit-title" data-unit={unit.id}>
        {unit.name}
      </Title>
      <Text c="dimmed" size="sm">
        {kindLabels[unit.kind]}
        {unit.network ? ` · ${networkLabels[unit.network]} сеть` : ""}
        {unit.closed ? " · закрыт" : ""} · {periodLabel(page.period)} · {viewLabels[page.view]}
        {basisNotes[page.basis]}
      </Text>
    </div>
  );
}

function UnitContent({ page }: { page: UnitPage }) {
  const { groups } = useDashboard();
  const { role } = useUser();
  const { unit } = page;
  const isCountry = unit.kind === "country";
  const ratingKind = unit.kind === "region" ? "territorial" : undefined;
  return (
    <Stack gap="md">
      {page.breadcrumbs.length > 0 && <Breadcrumbs trail={page.breadcrumbs} current={unit} />}
      <UnitHeading page={page} />
      <PeriodNotice />
      {!isCountry && <ObjectiveLink unit={unit.id} period={page.period} />}
      {!isCountry && <MeasuresLink unit={unit.id} />}
      <VoiceLink unit={unit.id} period={page.period} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <IndexCard
            figures={page.figures}
            previous={page.previous}
            previousLabel={periodLabel(page.previousPeriod)}
            changeSignificant={page.changeSignificant}
            underReview={page.underReview}
            ranks={page.ranks}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Star
            groups={groups}
            star={page.figures.star}
            country={isCountry ? undefined : page.country.star}
            region={page.region ? { name: page.region.name, star: page.region.figures.star } : undefined}
            unitName={unit.name}
          />
        </Grid.Col>
      </Grid>
      {!isCountry && <PainPointsSection unit={unit.id} period={page.period} view={page.view} />}
      {isCountry && <RegionTileMap period={page.period} view={page.view} />}
      {isCountry && <CountryPainSection period={page.period} view={page.view} />}
      {unit.kind !== "territorial" && (
        <RatingSection key={unit.id} unit={unit.id} kind={ratingKind} withNetworkFilter={isCountry} regions={isCountry ? page.children : undefined} />
      )}
      {role === "unit_manager" && page.region && (unit.kind === "territorial" || unit.kind === "managing") && (
        <details data-testid="region-rating">
          <summary>Рейтинг центров региона «{page.region.name}» (только просмотр)</summary>
          <RatingSection
            key={`peer-${page.region.id}`}
            unit={page.region.id}
            kind={unit.kind}
            withNetworkFilter={false}
            heading={`Рейтинг ${kindPluralGenitive[unit.kind]} региона «${page.region.name}»`}
          />
        </details>
      )}
      {(unit.kind === "region" || unit.kind === "managing") && <PainHeatmapSection unit={unit.id} period={page.period} view={page.view} />}
      {page.children.length > 0 && !isCountry && <ChildrenLinks units={page.children} period={page.period} view={page.view} />}
      {!isCountry && <IndicatorTable rows={page.indicators} view={page.view} byView={page.byView} />}
      {role !== "unit_manager" && <TrustCard unit={isCountry ? undefined : unit.id} period={page.period} />}
      <TrendChart unit={unit.id} view={page.view} period={page.period} />
      {page.survey && <SurveyLinks survey={page.survey} />}
      {page.survey && role !== "federal_analyst" && <KioskPanel unit={unit.id} />}
      {!isCountry && <CommentsList unit={unit.id} period={page.period} showUnit={unit.kind !== "territorial"} />}
      <ExportLinks unit={unit.id} period={page.period} view={page.view} basis={page.basis} />
    </Stack>
  );
}

export function UnitScreen() {
  const { id = countryId } = useParams();
  const { period, view, basis } = useViewParams();
  const state = useAsync(() => fetchUnitPage(id, { period, view, basis }), [id, period, view, basis]);
  const page = state.data?.unit.id === id || (id === countryId && state.data?.unit.kind === "country") ? state.data : undefined;

  useEffect(() => {
    if (page) document.title = `${page.unit.name} — Звезда ЦЗН`;
  }, [page]);

  if (state.error?.status === 404) return <NotFoundPage message={state.error.message} />;
  if (!page || state.error) {
    return (
      <Group justify="center">
        <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="страницу подразделения" />
      </Group>
    );
  }
  return <UnitContent page={page} />;
}
