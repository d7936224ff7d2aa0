/**
 * The certificate fonts (Noto Serif, SIL OFL 1.1, from @expo-google-fonts/noto-serif), each in a
 * script chunk of its own (webpack `asset/inline`: the font as a base64 data: URL), loaded only when a
 * certificate PDF is made and only for the styles its layouts use. Scripts, not fetch(): app.html's
 * CSP (`connect-src 'none'`) forbids every request, and its service worker keeps the chunks offline.
 */
import type { FontStyle } from "../../domain/model";
import type { FontBytes } from "../../files/certificates/pdf";

type Chunk = Promise<{ default: string }>;

const CHUNKS: Record<FontStyle, () => Chunk> = {
  regular: () =>
    import(/* webpackChunkName: "font-regular" */ "@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf"),
  bold: () => import(/* webpackChunkName: "font-bold" */ "@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf"),
  italic: () =>
    import(
      /* webpackChunkName: "font-italic" */ "@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf"
    ),
  boldItalic: () =>
    import(
      /* webpackChunkName: "font-bold-italic" */ "@expo-google-fonts/noto-serif/700Bold_Italic/NotoSerif_700Bold_Italic.ttf"
    ),
};

/** "data:font/ttf;base64,AAEAAA…" → the font file's bytes. */
export function dataUrlBytes(url: string): Uint8Array {
  const comma = url.indexOf(",");
  if (!url.startsWith("data:") || comma < 0 || !url.slice(0, comma).endsWith(";base64"))
    throw new Error("certificates: a font is not a base64 data: URL");
  const text = atob(url.slice(comma + 1));
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

export async function fetchFonts(styles: readonly string[]): Promise<FontBytes> {
  const out: FontBytes = {};
  const wanted = [...new Set(["regular", ...styles])].filter((s): s is FontStyle => s in CHUNKS);
  const urls = await Promise.all(wanted.map((s) => CHUNKS[s]().then((m) => m.default)));
  wanted.forEach((s, i) => (out[s] = dataUrlBytes(urls[i] as string)));
  return out;
}
