// «Администрирование»: accounts, the audit trail and methodology versions, as far as the role allows.
import { Stack, Tabs, Title } from "@mantine/core";
import { useEffect } from "react";
import { useSearchParams } from "react-router-dom";
import { adminAreas } from "../../api/admin-api";
import { useUser } from "../../app/auth-context";
import { NotFoundPage } from "../NotFoundPage";
import { AuditTab } from "./AuditTab";
import { MethodologiesTab } from "./MethodologiesTab";
import { StructureTab } from "./StructureTab";
import { UsersTab } from "./UsersTab";

const tabs = [
  { value: "users", label: "Пользователи", area: "users", Panel: UsersTab },
  { value: "structure", label: "Структура", area: "users", Panel: StructureTab },
  { value: "audit", label: "Журнал изменений", area: "audit", Panel: AuditTab },
  { value: "methodologies", label: "Методики", area: "methodologies", Panel: MethodologiesTab },
] as const;

export function AdminPage() {
  const user = useUser();
  const areas = adminAreas(user.role);
  const allowed = tabs.filter((tab) => areas[tab.area]);
  const [search, setSearch] = useSearchParams();
  const current = allowed.find((tab) => tab.value === search.get("tab")) ?? allowed[0];

  useEffect(() => {
    document.title = "Администрирование — Звезда ЦЗН";
  }, []);

  if (!current) return <NotFoundPage />;
  return (
    <Stack>
      <Title order={1} size="h2">
        Администрирование
      </Title>
      <Tabs value={current.value} onChange={(value) => value && setSearch({ tab: value })} keepMounted={false}>
        <Tabs.List>
          {allowed.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value}>
              {tab.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {allowed.map(({ value, Panel }) => (
          <Tabs.Panel key={value} value={value} pt="md">
            <Panel />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
