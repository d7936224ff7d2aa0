import { readFileSync } from "fs";
import { dataUrlBytes } from "./fonts";

describe("the certificate fonts reach pdf-lib whole from their script chunk (no fetch under app.html's CSP)", () => {
  test("Noto Serif as webpack's base64 data: URL decodes to the font file byte for byte", () => {
    const file = readFileSync(require.resolve("@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf"));
    const url = `data:font/ttf;base64,${file.toString("base64")}`;
    const bytes = dataUrlBytes(url);
    expect(bytes.length).toBe(file.length);
    expect(Buffer.from(bytes).equals(file)).toBe(true);
  });

  test("anything but a base64 data: URL (a file's address, as the fonts were before) is refused plainly", () => {
    expect(() => dataUrlBytes("fonts/NotoSerif_400Regular.ttf")).toThrow("not a base64 data: URL");
    expect(() => dataUrlBytes("data:font/ttf,AAEAAA")).toThrow("not a base64 data: URL");
  });
});
