// A text with the search's matches marked.
import { Text } from "@mantine/core";
import type { VoiceTextView } from "../../api/voice-api";

export function HighlightedText({ text }: { text: VoiceTextView }) {
  if (!text.fragments) return <Text size="sm">{text.text}</Text>;
  return <Text size="sm">{text.fragments.map((f, i) => (f.match ? <mark key={i}>{f.text}</mark> : <span key={i}>{f.text}</span>))}</Text>;
}
