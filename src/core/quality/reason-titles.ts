// The name of each kind of reason a flag can carry, as the review queue's filter lists them.
// A reason's own text says what was seen in that case; the title names the kind.

const titles: Readonly<Record<string, string>> = {
  too_fast: "Слишком быстрое заполнение",
  burst: "Всплеск анкет с одного устройства",
  paced_series: "Равномерная серия анкет",
  kiosk_sitting: "Сеанс на планшете в офисе",
  closed_hours_kiosk: "Планшет в нерабочее время",
  busy_device: "Одно устройство — много анкет",
  recurring_device: "Устройство возвращается изо дня в день",
  near_duplicate: "Почти одинаковые ответы",
  texture: "Однообразные ответы",
  unit_divergence: "Центр выбивается среди соседей",
  unit_texture: "Ответы центра похожи на ответы одного человека",
  unit_habits: "Хорошие анкеты центра заполнены иначе, чем остальные",
};

/** The Russian name of a reason code (the code itself for one this version does not know). */
export function reasonTitle(code: string): string {
  return titles[code] ?? code;
}
