// Russian names of views and statuses in exported files.

/** The views, for file names, titles and sheets. */
export const viewTitles = { seeker: "соискатели", employer: "работодатели", combined: "сводный" } as const;

/** The statuses of a view. */
export const statusTitles = { ok: "в рейтинге", insufficient: "мало ответов", incomplete: "нет данных по группе", empty: "нет ответов" } as const;
