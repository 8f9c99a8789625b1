// The type of an uploaded file by its first bytes (never by its name or declared type): images and PDF evidence.
import type { EvidenceContentType, PhotoContentType } from "../../db/index.js";

/** The image type by its first bytes, or undefined. */
export function sniffImage(data: Uint8Array): PhotoContentType | undefined {
  const at = (i: number) => data[i];
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return "image/jpeg";
  if (at(0) === 0x89 && at(1) === 0x50 && at(2) === 0x4e && at(3) === 0x47) return "image/png";
  const ascii = (from: number, to: number) => String.fromCharCode(...data.subarray(from, to));
  if (data.length >= 12 && ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "image/webp";
  return undefined;
}

/** An image as {@link sniffImage} knows it, or a PDF (`%PDF-`), or undefined. */
export function sniffEvidence(data: Uint8Array): EvidenceContentType | undefined {
  const image = sniffImage(data);
  if (image) return image;
  if (data.length >= 5 && String.fromCharCode(...data.subarray(0, 5)) === "%PDF-") return "application/pdf";
  return undefined;
}
