// The demo accounts, one or more per role, with passwords printed at start-up.
import type { Role } from "../../db/index.js";

export interface DemoUser {
  login: string;
  password: string;
  role: Role;
  displayName: string;
  /** Unit id of the scope; null for federal roles. */
  scope: string | null;
}

export const demoUsers: readonly DemoUser[] = [
  { login: "admin", password: "zvezda-admin", role: "federal_admin", displayName: "Администратор ФЦК", scope: null },
  { login: "analyst", password: "zvezda-analyst", role: "federal_analyst", displayName: "Аналитик ФЦК", scope: null },
  { login: "bryansk", password: "zvezda-region", role: "regional_admin", displayName: "Служба клиентского опыта Брянской области", scope: "32" },
  { login: "primorye", password: "zvezda-region", role: "regional_admin", displayName: "Служба клиентского опыта Приморского края", scope: "25" },
  { login: "klintsy", password: "zvezda-office", role: "unit_manager", displayName: "Руководитель отдела «Клинцы»", scope: "32-02" },
];
