// М5 «Каналы взаимодействия»: the channels the unit offers, from the methodology's vocabulary; draft or submitted.
import { Checkbox, Stack } from "@mantine/core";
import { useEffect, useState } from "react";
import type { ObjectivePage } from "../../../contract/objective";
import { saveChannels } from "../../api/objective-api";
import { EntryFormFrame, useEntryRequest } from "./EntryFormFrame";

type Block = ObjectivePage["channels"];

export function ChannelsForm({
  block,
  unit,
  period,
  inheritedNote,
  onChanged,
}: {
  block: Block;
  unit: string;
  period: string;
  inheritedNote?: string;
  onChanged: () => void;
}) {
  const entry = block.entry;
  // Without an own entry the form starts from the region's channels, so saving does not drop them by accident.
  const stored = () => {
    const list = (entry ?? block.inherited?.entry)?.payload["channels"];
    return Array.isArray(list) ? list.filter((c): c is string => typeof c === "string") : [];
  };
  const [chosen, setChosen] = useState<string[]>(stored);
  const request = useEntryRequest(onChanged);
  useEffect(() => setChosen(stored()), [entry?.id, entry?.updatedAt, block.inherited?.entry.updatedAt]);

  const editable = entry ? entry.actions.edit : block.canCreate;
  // Sent in the vocabulary's order, whatever the order of the clicks.
  const ordered = () => block.vocabulary.map((c) => c.code).filter((code) => chosen.includes(code));
  return (
    <EntryFormFrame
      id="objective-channels"
      title="М5 · Каналы взаимодействия"
      {...(entry ? { entry } : {})}
      {...(inheritedNote ? { inheritedNote } : {})}
      editable={editable}
      busy={request.busy}
      {...(request.error ? { error: request.error } : {})}
      onSave={(submit) => void request.run(() => saveChannels({ unit, period, channels: ordered(), submit }))}
      onChanged={onChanged}
      onError={request.setError}
    >
      <Checkbox.Group label="Каналы, которые предлагает подразделение" value={chosen} onChange={setChosen}>
        <Stack gap={6} mt={6}>
          {block.vocabulary.map((c) => (
            <Checkbox key={c.code} value={c.code} label={c.name} disabled={!editable} />
          ))}
        </Stack>
      </Checkbox.Group>
    </EntryFormFrame>
  );
}
