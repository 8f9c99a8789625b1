// Mantine's error red (shade 6) reads at 3.3:1 on white; the structure forms use shade 9 for error text and invalid inputs.
import type { CSSProperties } from "react";

export const aaErrorColour = { "--mantine-color-error": "var(--mantine-color-red-9)" } as CSSProperties;
