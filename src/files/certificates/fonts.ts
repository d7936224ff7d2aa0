/**
 * The certificate fonts from the npm package @expo-google-fonts/noto-serif (Noto Serif, SIL Open Font
 * License 1.1: full Vietnamese, free to embed), read from disk for the CLI. The pane fetches the same
 * files as assets of its lazily loaded chunk.
 */
import { promises as fs } from "fs";
import path from "path";
import type { FontStyle } from "../../domain/model";
import type { FontBytes } from "./pdf";

export const FONT_FILES: Record<FontStyle, string> = {
  regular: "400Regular/NotoSerif_400Regular.ttf",
  bold: "700Bold/NotoSerif_700Bold.ttf",
  italic: "400Regular_Italic/NotoSerif_400Regular_Italic.ttf",
  boldItalic: "700Bold_Italic/NotoSerif_700Bold_Italic.ttf",
};

export async function loadFonts(styles: readonly FontStyle[]): Promise<FontBytes> {
  const dir = path.dirname(require.resolve("@expo-google-fonts/noto-serif/package.json"));
  const out: FontBytes = {};
  for (const s of new Set<FontStyle>(["regular", ...styles])) {
    out[s] = new Uint8Array(await fs.readFile(path.join(dir, FONT_FILES[s])));
  }
  return out;
}
