// The demo's corrective measures: the waiting fix at Брянск (done, effect confirmed, waiting for the region to record
// it), the same fix at Владивосток (evaluated), new stands at Новозыбков (done, no effect), staff training at Дятьково
// (overdue), and a draft proposed by Клинцы.
import { insertMeasure, insertMeasureComment, writeAudit, type Db, type MeasureContent, type MeasureStatusColumn } from "../../db/index.js";

const day = 86_400_000;
const isoDay = (t: number): string => new Date(t).toISOString().slice(0, 10);

interface DemoMeasure {
  unit: string;
  by: string;
  status: MeasureStatusColumn;
  content: MeasureContent;
  comments?: [string, string][];
}

function demoMeasures(now: number): DemoMeasure[] {
  const queue = {
    title: "Электронная очередь и запись на приём по времени",
    kind: "process" as const,
    view: "seeker" as const,
    indicators: ["М6", "М8"],
    description: "Терминал электронной очереди с табло, запись на конкретное время через сайт и по телефону, отдельное окно для коротких вопросов.",
    clientParticipation: "Две сессии с соискателями (карта пути клиента), опрос в зоне ожидания, рабочая группа со службой дизайна клиентского опыта",
    plannedStart: "2026-01-12",
    plannedEnd: "2026-03-31",
    actualStart: "2026-01-12",
    actualEnd: "2026-03-27",
  };
  return [
    {
      unit: "32-01",
      by: "bryansk",
      status: "done",
      content: { ...queue, owner: "Начальник отдела обслуживания Петрова А. С." },
      comments: [
        ["klintsy", "В Клинцах та же проблема с ожиданием — можно ли взять ваш регламент?"],
        ["bryansk", "Да, регламент и макет табло приложим после оценки эффекта."],
      ],
    },
    { unit: "25-01", by: "primorye", status: "evaluated", content: { ...queue, owner: "Заместитель директора Ким Е. В.", indicators: ["М6"] } },
    {
      unit: "32-03",
      by: "bryansk",
      status: "done",
      content: {
        title: "Новые информационные стенды в зоне ожидания",
        kind: "premises",
        view: "seeker",
        indicators: ["М1"],
        owner: "Специалист по навигации Орлов Д. В.",
        description: "Стенды с перечнем услуг, QR-коды на портал «Работа России».",
        clientParticipation: "Опрос посетителей о понятности стендов",
        plannedStart: "2026-01-15",
        plannedEnd: "2026-02-28",
        actualStart: "2026-01-20",
        actualEnd: "2026-03-10",
      },
    },
    {
      unit: "32-04",
      by: "bryansk",
      status: "in_progress",
      content: {
        title: "Обучение сотрудников клиентскому сервису",
        kind: "staff_training",
        view: "seeker",
        indicators: ["Д2", "К4"],
        owner: "Руководитель отдела Сидорова Н. П.",
        description: "Модуль «Клиентоцентричность» для всех специалистов, разбор трудных случаев.",
        clientParticipation: "",
        plannedStart: isoDay(now - 120 * day),
        plannedEnd: isoDay(now - 14 * day),
        actualStart: isoDay(now - 110 * day),
        actualEnd: null,
      },
    },
    {
      unit: "32-02",
      by: "klintsy",
      status: "draft",
      content: {
        title: "Навигация и указатели в холле",
        kind: "premises",
        view: "seeker",
        indicators: ["К1"],
        owner: "Руководитель отдела «Клинцы»",
        description: "Напольная навигация к окнам приёма, таблички на понятном языке.",
        clientParticipation: "Прогулка по офису с тремя соискателями",
        plannedStart: isoDay(now + 14 * day),
        plannedEnd: isoDay(now + 75 * day),
        actualStart: null,
        actualEnd: null,
      },
    },
  ];
}

/** Stores the demo measures with their comments and audit records; returns how many. */
export async function seedDemoMeasures(db: Db, now = Date.now()): Promise<number> {
  const users = new Map((await db.selectFrom("users").select(["id", "login"]).execute()).map((u) => [u.login, u.id]));
  const measures = demoMeasures(now);
  await db.transaction().execute(async (trx) => {
    for (const m of measures) {
      const actor = users.get(m.by) ?? null;
      const id = await insertMeasure(trx, m.unit, m.content, actor, m.status);
      await writeAudit(trx, {
        actorId: actor,
        action: "measure.create",
        entity: "measure",
        entityId: id,
        unitId: m.unit,
        after: { title: m.content.title, status: m.status },
      });
      for (const [login, body] of m.comments ?? []) await insertMeasureComment(trx, id, users.get(login) ?? null, body);
    }
  });
  return measures.length;
}
