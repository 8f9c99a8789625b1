// Demo CX records of the Bryansk region: two client portraits and the region's own edition of the seeker journey
// (the shipped template with the visit stage renamed and a feedback stage added), so the CX tabs look real.
import type { Methodology } from "../../core/index.js";
import { insertPortrait, saveRegionJourney, type Db, type Json } from "../../db/index.js";
import { journeyTemplatesFor } from "../../server/index.js";

const region = "32";

/** Writes the demo portraits and journey (one transaction); returns how many portraits. */
export async function seedDemoCx(db: Db, m: Methodology): Promise<number> {
  const template = journeyTemplatesFor(m).templates.seeker;
  const journey = {
    title: "Маршрут соискателя Брянской области",
    stages: [
      ...template.stages.map((s) => (s.code === "visit" ? { ...s, title: "Визит, электронная очередь и ожидание" } : s)),
      {
        code: "feedback",
        title: "Обратная связь",
        description: "Клиент оставляет отзыв в анкете, книге отзывов или соцсетях; руководство отвечает.",
        indicators: ["Д3"],
        questions: ["q12r"],
        themes: ["management", "gratitude"],
      },
    ],
  };
  const portraits = [
    {
      name: "Женщина предпенсионного возраста",
      segment: { view: "seeker", criteria: { gender: ["female"], age: ["50-59", "60-69"] } },
      demographic: "Женщина 50–69 лет, живёт в районном центре, среднее профессиональное образование, часто — после сокращения.",
      psychographic: "Тревожится из-за возраста, ценит личное внимание и понятные объяснения, не доверяет онлайн-сервисам.",
      behavioural: "Приходит в офис лично, записывается по телефону, ждёт в очереди; главное — пособие и переобучение.",
    },
    {
      name: "Молодой соискатель онлайн",
      segment: { view: "seeker", criteria: { age: ["18-19", "20-29"] } },
      demographic: "18–29 лет, выпускник колледжа или вуза, без опыта работы или с небольшим опытом.",
      psychographic: "Ожидает скорости и цифровых сервисов, сравнивает ЦЗН с коммерческими сайтами вакансий.",
      behavioural: "Ищет информацию на портале «Работа России» и в соцсетях, в офис приходит один-два раза.",
    },
  ];
  await db.transaction().execute(async (trx) => {
    for (const p of portraits) await insertPortrait(trx, region, p as typeof p & { segment: Json }, null);
    await saveRegionJourney(trx, region, "seeker", journey as unknown as Json, null);
  });
  return portraits.length;
}
