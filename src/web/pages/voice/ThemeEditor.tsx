// Staff correct the themes of one text (recorded in the audit trail; later taxonomy versions keep it).
import { Button, Group, Modal, MultiSelect, Text } from "@mantine/core";
import { useState } from "react";
import { correctThemes, type VoiceTextView, type VoiceThemes } from "../../api/voice-api";

export function ThemeEditor({
  text,
  themes,
  onClose,
  onSaved,
}: {
  text: VoiceTextView;
  themes: VoiceThemes;
  onClose(): void;
  onSaved(themes: string[]): void;
}) {
  const [chosen, setChosen] = useState<string[]>(text.themes);
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    try {
      const saved = await correctThemes(text.id, chosen);
      onSaved(saved.themes);
    } catch (failure) {
      setError((failure as Error).message);
      setSaving(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title="Темы текста" size="lg" closeButtonProps={{ "aria-label": "Закрыть" }}>
      <Text size="sm" mb="sm">
        «{text.text}»
      </Text>
      <MultiSelect
        label="Темы"
        searchable
        clearable
        clearButtonProps={{ "aria-label": "Убрать все темы" }}
        data-testid="theme-editor"
        data={themes.themes.map((t) => ({ value: t.code, label: t.title }))}
        value={chosen}
        onChange={setChosen}
      />
      {error && (
        <Text c="red" size="sm" role="alert" mt="xs">
          {error}
        </Text>
      )}
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onClose}>
          Отмена
        </Button>
        <Button onClick={save} loading={saving} data-testid="theme-save">
          Сохранить
        </Button>
      </Group>
    </Modal>
  );
}
