/**
 * The certificate fonts (Noto Serif, SIL OFL 1.1, from @expo-google-fonts/noto-serif) as assets of
 * the Văn bản tab's chunk: fetched from the pane's own origin only when a certificate PDF is made.
 */
import regular from "@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf";
import italic from "@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf";
import bold from "@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf";
import boldItalic from "@expo-google-fonts/noto-serif/700Bold_Italic/NotoSerif_700Bold_Italic.ttf";
import type { FontStyle } from "../../domain/model";
import type { FontBytes } from "../../files/certificates/pdf";

const URLS: Record<FontStyle, string> = { regular, bold, italic, boldItalic };

export async function fetchFonts(styles: readonly string[]): Promise<FontBytes> {
  const out: FontBytes = {};
  for (const s of new Set(["regular", ...styles]) as Set<FontStyle>) {
    const response = await fetch(URLS[s]);
    if (!response.ok) throw new Error(`font ${s}: HTTP ${response.status}`);
    out[s] = new Uint8Array(await response.arrayBuffer());
  }
  return out;
}
