// The signed-in frame: skip link, header with pickers, the page.
import { Box, Container, Divider } from "@mantine/core";
import { Outlet } from "react-router-dom";
import { AppHeader } from "../components/AppHeader";

export function Layout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Перейти к содержимому
      </a>
      <Box component="header" bg="gray.0">
        <AppHeader />
      </Box>
      <Divider />
      <Container size="xl" component="main" id="main" py="md" tabIndex={-1}>
        <Outlet />
      </Container>
    </>
  );
}
