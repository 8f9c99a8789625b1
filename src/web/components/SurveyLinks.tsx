// A centre's survey links: the QR codes of both questionnaires and the printable poster.
import { Anchor, Group, Image, Paper, Stack, Text, Title } from "@mantine/core";
import type { UnitPage } from "../../contract/dashboard";

export function SurveyLinks({ survey }: { survey: NonNullable<UnitPage["survey"]> }) {
  const forms = [
    { key: "seeker", title: "Анкета соискателя", url: survey.seekerUrl, qr: survey.qrSvgUrl.seeker },
    { key: "employer", title: "Анкета работодателя", url: survey.employerUrl, qr: survey.qrSvgUrl.employer },
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="survey-title" data-testid="survey-links">
      <Title order={2} size="h4" id="survey-title">
        QR-коды и плакат
      </Title>
      <Group mt="sm" align="flex-start" gap="xl">
        {forms.map((form) => (
          <Stack key={form.key} gap={4} align="center">
            <Image src={form.qr} alt={`QR-код: ${form.title.toLowerCase()}`} w={160} h={160} />
            <Text size="sm" fw={600}>
              {form.title}
            </Text>
            <Anchor href={form.url} target="_blank" rel="noopener" size="sm">
              Открыть анкету
            </Anchor>
            <Anchor href={form.qr} download size="sm">
              Скачать QR-код (SVG)
            </Anchor>
          </Stack>
        ))}
      </Group>
      <Anchor href={survey.posterUrl} target="_blank" rel="noopener" mt="md" display="inline-block">
        Плакат А4 для печати
      </Anchor>
    </Paper>
  );
}
