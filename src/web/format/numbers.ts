// Russian number formatting with the methodology's rounding: floor(x * 100 + 0.5) / 100.

/** Rounds to 2 decimals exactly as the methodology (§5) does, the same in every language. */
export function round2(x: number): number {
  return Math.floor(x * 100 + 0.5) / 100;
}

const twoDecimals = new Intl.NumberFormat("ru-RU", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 0 });

/** "41,23" — a figure rounded to 2 decimals, with a Russian decimal comma; "—" when absent. */
export function formatNumber(x: number | undefined): string {
  return x === undefined || !Number.isFinite(x) ? "—" : twoDecimals.format(round2(x));
}

/** "1 234" — a count. */
export function formatCount(n: number | undefined): string {
  return n === undefined ? "—" : whole.format(n);
}

/** "82,46 %" — a share (0..1) as a percentage. */
export function formatShare(share: number | undefined): string {
  return share === undefined ? "—" : `${formatNumber(share * 100)} %`;
}

/** "40,12–42,30" — an interval. */
export function formatInterval(ci: readonly [number, number] | undefined, scale = 1): string {
  return ci === undefined ? "—" : `${formatNumber(ci[0] * scale)}–${formatNumber(ci[1] * scale)}`;
}

/** The sign and arrow of a change, from its rounded value. */
export function changeDirection(change: number): "up" | "down" | "same" {
  const rounded = round2(change);
  return rounded > 0 ? "up" : rounded < 0 ? "down" : "same";
}

/** "▲ 1,23", "▼ 0,50", "= 0,00"; "—" when there is no previous figure. */
export function formatChange(change: number | undefined): string {
  if (change === undefined) return "—";
  const direction = changeDirection(change);
  const arrow = direction === "up" ? "▲" : direction === "down" ? "▼" : "=";
  return `${arrow} ${formatNumber(Math.abs(change))}`;
}

/** How a change reads aloud: «рост на 1,23», «снижение на 0,50», «без изменений». */
export function describeChange(change: number | undefined): string {
  if (change === undefined) return "нет данных за прошлый период";
  const direction = changeDirection(change);
  if (direction === "same") return "без изменений";
  return `${direction === "up" ? "рост" : "снижение"} на ${formatNumber(Math.abs(change))}`;
}

const pluralRules = new Intl.PluralRules("ru-RU");

/** "5 групп", "21 показатель", "3 группы": a count with its noun in the form Russian grammar asks for. */
export function countOf(n: number, forms: { one: string; few: string; many: string }): string {
  const rule = pluralRules.select(n);
  return `${formatCount(n)} ${rule === "one" ? forms.one : rule === "few" ? forms.few : forms.many}`;
}
