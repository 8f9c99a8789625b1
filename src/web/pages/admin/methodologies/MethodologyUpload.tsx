// Uploads a methodology version from a JSON file: the server checks it whole, stores it inactive, or names each problem with its path.
import { Alert, Button, Code, FileInput, Group, List, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { uploadMethodology } from "../../../api/admin-api";
import { uploadProblems, type UploadProblem } from "./upload-problems";

export function MethodologyUpload({ onUploaded }: { onUploaded: (id: string) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<UploadProblem[]>([]);
  const [busy, setBusy] = useState(false);

  const upload = async () => {
    if (!file) return setProblems([{ path: "", text: "Выберите файл методики (JSON)" }]);
    setProblems([]);
    setBusy(true);
    try {
      let document: unknown;
      try {
        document = JSON.parse(await file.text());
      } catch (failure) {
        return setProblems([{ path: "(файл)", text: `файл не является корректным JSON: ${(failure as Error).message}` }]);
      }
      const stored = await uploadMethodology(document);
      setFile(null);
      onUploaded(stored.id);
    } catch (failure) {
      setProblems(uploadProblems(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs" data-testid="methodology-upload">
      <Group align="end">
        <FileInput
          label="Файл новой версии методики"
          description="JSON в формате zvezda-methodology/1, как methodology/2022.2.json; загружается неактивной"
          placeholder="Выберите файл"
          accept="application/json,.json"
          clearable
          value={file}
          onChange={(value) => {
            setFile(value);
            setProblems([]);
          }}
          w={420}
        />
        <Button onClick={() => void upload()} loading={busy}>
          Загрузить
        </Button>
      </Group>
      {problems.length > 0 && (
        <Alert color="red" role="alert" title="Методика не принята" data-testid="upload-problems">
          <List size="sm">
            {problems.map((problem, i) => (
              <List.Item key={i}>
                {problem.path && (
                  <>
                    <Code>{problem.path}</Code> —{" "}
                  </>
                )}
                <Text span inherit>
                  {problem.text}
                </Text>
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
