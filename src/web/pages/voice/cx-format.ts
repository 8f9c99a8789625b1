// Number formats of the CX tabs: index points with their interval, shares as percent, stars.
export const points = (x: number | undefined) => (x === undefined ? "—" : x.toFixed(2).replace(".", ","));
export const share = (x: number) => `${Math.round(x * 100)} %`;
export const interval = (ci: readonly [number, number] | undefined) => (ci ? `${points(ci[0])}–${points(ci[1])}` : "—");
export const starText = (n: number | undefined) => (n === undefined ? "—" : n === 0 ? "нет звёзд" : "★".repeat(n));
export const viewTitles = { seeker: "Соискатели", employer: "Работодатели" } as const;
