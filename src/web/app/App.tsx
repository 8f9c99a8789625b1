// The app: sign-in until there is a session, then the dashboard routes under /admin.
import { Center, Loader } from "@mantine/core";
import { Route, Routes } from "react-router-dom";
import { LoadState } from "../components/LoadState";
import { AdminPage } from "../pages/admin/AdminPage";
import { HomeRedirect } from "../pages/HomeRedirect";
import { NotFoundPage } from "../pages/NotFoundPage";
import { ObjectiveScreen } from "../pages/ObjectiveScreen";
import { QualityScreen } from "../pages/QualityScreen";
import { SignInPage } from "../pages/SignInPage";
import { UnitScreen } from "../pages/UnitScreen";
import { MeasuresScreen } from "../pages/loop/MeasuresScreen";
import { PracticesScreen } from "../pages/loop/PracticesScreen";
import { VoiceScreen } from "../pages/voice/VoiceScreen";
import { AuthProvider, useAuth } from "./auth-context";
import { DashboardProvider } from "./dashboard-context";
import { Layout } from "./Layout";

function SignedInApp() {
  return (
    <DashboardProvider>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<HomeRedirect />} />
          <Route path="u/:id" element={<UnitScreen />} />
          <Route path="manage" element={<AdminPage />} />
          <Route path="u/:id/objective" element={<ObjectiveScreen />} />
          <Route path="u/:id/voice" element={<VoiceScreen />} />
          <Route path="quality" element={<QualityScreen />} />
          <Route path="u/:id/measures" element={<MeasuresScreen />} />
          <Route path="practices" element={<PracticesScreen />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </DashboardProvider>
  );
}

function AuthGate() {
  const { status, error } = useAuth();
  if (status === "checking") {
    return (
      <Center h="100vh" role="status" aria-label="Загрузка">
        <Loader />
      </Center>
    );
  }
  if (status === "error") return <LoadState loading={false} error={new Error(error)} what="сведения о сеансе" />;
  if (status === "signed-out") return <SignInPage />;
  return <SignedInApp />;
}

export function App() {
  return (
    <AuthProvider>
      <AuthGate />
    </AuthProvider>
  );
}
