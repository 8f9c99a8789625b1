// The header: the product, the user and role, the period, view and data pickers, password and sign-out;
// on a phone the pickers and the account fold behind a menu button.
import { Anchor, Burger, Button, Group, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { Link, useLocation } from "react-router-dom";
import { adminAreas } from "../api/admin-api";
import { useAuth, useUser } from "../app/auth-context";
import { roleLabels } from "../format/labels";
import { BasisPicker } from "./BasisPicker";
import { PasswordDialog } from "./PasswordDialog";
import { PeriodPicker } from "./PeriodPicker";
import { ViewPicker } from "./ViewPicker";

export function AppHeader() {
  const user = useUser();
  const { signOut } = useAuth();
  const [passwordOpen, setPasswordOpen] = useState(false);
  const areas = adminAreas(user.role);
  const [menuOpen, menu] = useDisclosure(false);
  const location = useLocation();
  // A chosen link or picker closes the folded menu.
  const closeMenu = menu.close;
  useEffect(() => closeMenu(), [location.pathname, location.search, closeMenu]);
  return (
    <Group justify="space-between" align="flex-end" px="md" py="xs" wrap="wrap" gap="sm">
      <Anchor component={Link} to="/" underline="never" c="dark" fw={700} size="lg">
        <span aria-hidden="true" className="stars">
          ★{" "}
        </span>
        Звезда ЦЗН
      </Anchor>
      <Burger
        hiddenFrom="md"
        size="sm"
        opened={menuOpen}
        onClick={menu.toggle}
        aria-label={menuOpen ? "Скрыть меню" : "Меню: период, вид, учётная запись"}
        aria-expanded={menuOpen}
        aria-controls="header-menu"
        data-testid="header-burger"
      />
      <div id="header-menu" className={menuOpen ? "header-menu open" : "header-menu"}>
        <Group align="flex-end" gap="md" wrap="wrap">
          <PeriodPicker />
          <ViewPicker />
          <BasisPicker />
        </Group>
        <Group gap="xs" align="center" wrap="wrap">
          <div>
            <Text size="sm" fw={600} data-testid="user-name">
              {user.displayName}
            </Text>
            <Text size="xs" c="dimmed" data-testid="user-role">
              {roleLabels[user.role]}
              {user.scope ? ` · ${user.scope.name}` : " · вся страна"}
            </Text>
          </div>
          {(areas.users || areas.methodologies) && (
            <Button size="xs" variant="subtle" component={Link} to="/manage">
              Администрирование
            </Button>
          )}
          {user.role !== "unit_manager" && (
            <Button size="xs" variant="subtle" component={Link} to="/quality" data-testid="quality-link">
              Проверка данных
            </Button>
          )}
          {user.role !== "unit_manager" && (
            <Button size="xs" variant="subtle" component={Link} to="/practices" data-testid="practices-link">
              Библиотека практик
            </Button>
          )}
          <Button size="xs" variant="subtle" onClick={() => setPasswordOpen(true)}>
            Сменить пароль
          </Button>
          <Button size="xs" variant="outline" onClick={() => void signOut()}>
            Выйти
          </Button>
        </Group>
      </div>
      <PasswordDialog opened={passwordOpen} onClose={() => setPasswordOpen(false)} />
    </Group>
  );
}
