// What the server prints once it listens, on every start: where it runs, where staff sign in, the database.

/** The banner lines: the listening address, the admin app's full public address, the database, then `notes`. */
export function startupBanner(o: { url: string; publicUrl: string; database: string; notes: readonly string[] }): string {
  return (
    [
      `Zvezda работает / is running: ${o.url}`,
      `Вход для сотрудников / admin app: ${o.publicUrl}/admin/`,
      `Опрос центра / a centre's survey: ${o.publicUrl}/s/<код центра>`,
      `База данных / database: ${o.database}`,
      ...o.notes,
    ].join("\n") + "\n"
  );
}
