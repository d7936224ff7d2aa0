/**
 * The offline checks of a manifest (the online validator is `npm run validate`): the schema's element
 * order, the Excel requirement, the locales, and that every URL points at a page or icon that exists,
 * at the size the manifest claims. Run on the dev manifest.xml (manifest.test.ts) and on the one a
 * build writes for an office's address (deploy.test.ts).
 */
import * as fs from "fs";
import { FLOOR } from "../src/excel/capabilities";

export const OV = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
export const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
export const XSI = "http://www.w3.org/2001/XMLSchema-instance";

/** The order of TaskPaneApp's children in the schema (OfficeApp's sequence, then TaskPaneApp's). */
const TASKPANE_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
  "ExtendedOverrides",
];

export interface ManifestUnderTest {
  doc: Document;
  /** Where every page and icon must be: "https://localhost:3000/" or the office's folder. */
  base: string;
  /** The file a URL under `base` is served from (null when none). */
  fileFor: (url: string) => string | null;
}

/** Pixel size from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(buf.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Registers the checks; `load` runs before them (it may build first). */
export function describeManifest(label: string, load: () => ManifestUnderTest | Promise<ManifestUnderTest>): void {
  let m: ManifestUnderTest;
  beforeAll(async () => {
    m = await load();
  });

  const root = () => m.doc.documentElement;
  const children = (el: Element) => Array.from(el.children);
  const child = (el: Element, name: string) => children(el).find((c) => c.localName === name);
  const all = (name: string, ns = "*") => Array.from(m.doc.getElementsByTagNameNS(ns, name));
  const resource = (kind: "Image" | "Url" | "String", id: string): Element => {
    const found = all(kind, BT).find((e) => e.getAttribute("id") === id);
    if (!found) throw new Error(`no bt:${kind} with id ${id}`);
    return found;
  };

  describe(label, () => {
    test("is well-formed XML: a TaskPaneApp", () => {
      expect(m.doc.getElementsByTagName("parsererror")).toHaveLength(0);
      expect(root().localName).toBe("OfficeApp");
      expect(root().getAttributeNS(XSI, "type")).toBe("TaskPaneApp");
    });

    test("keeps the schema's element order", () => {
      const names = children(root()).map((c) => c.localName);
      for (const required of [
        "Id",
        "Version",
        "ProviderName",
        "DefaultLocale",
        "DisplayName",
        "Description",
        "DefaultSettings",
        "Permissions",
      ]) {
        expect(names).toContain(required);
      }
      for (const name of names) expect(TASKPANE_ORDER).toContain(name);
      const positions = names.map((n) => TASKPANE_ORDER.indexOf(n));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(new Set(names).size).toBe(names.length);
    });

    test("has a fixed GUID, a four-part version and ReadWriteDocument permission", () => {
      expect(child(root(), "Id")?.textContent).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
      );
      expect(child(root(), "Version")?.textContent).toMatch(/^\d+(\.\d+){0,3}$/);
      expect(child(root(), "Permissions")?.textContent).toBe("ReadWriteDocument");
    });

    test("runs in Excel workbooks only, asking for the pane's floor: no more than Office 2021's ExcelApi 1.14", () => {
      const hosts = children(child(root(), "Hosts")!).map((h) => h.getAttribute("Name"));
      expect(hosts).toEqual(["Workbook"]);
      const requirements = child(root(), "Requirements")!;
      const sets = all("Set").filter((s) => s.parentElement?.parentElement === requirements);
      expect(sets.map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")])).toEqual([
        [FLOOR.set, FLOOR.version],
      ]);
      expect(child(requirements, "Sets")?.getAttribute("DefaultMinVersion")).toBe(FLOOR.version);
      const [major, minor] = FLOOR.version.split(".").map(Number);
      expect(major === 1 && minor <= 14).toBe(true);
    });

    test("speaks Vietnamese by default with English overrides for its names", () => {
      expect(child(root(), "DefaultLocale")?.textContent).toBe("vi-VN");
      for (const name of ["DisplayName", "Description"]) {
        const el = child(root(), name)!;
        expect(el.getAttribute("DefaultValue")).toMatch(
          /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỷỹýàáèéìíòóùú]/i,
        );
        const override = children(el).find((c) => c.localName === "Override");
        expect(override?.getAttribute("Locale")).toBe("en-US");
        expect(override?.getAttribute("Value")).toBeTruthy();
      }
      const strings = all("String", BT);
      expect(strings.length).toBeGreaterThan(0);
      for (const s of strings) {
        const override = children(s).find((c) => c.localName === "Override");
        expect([s.getAttribute("id"), override?.getAttribute("Locale")]).toEqual([s.getAttribute("id"), "en-US"]);
        expect(override?.getAttribute("Value")).toBeTruthy();
      }
    });

    test("every URL is https under the base address and names a file that is served", () => {
      const origin = new URL(m.base).origin;
      const urls = [
        ...Array.from(m.doc.querySelectorAll("[DefaultValue]"))
          .map((e) => e.getAttribute("DefaultValue")!)
          .filter((v) => /^[a-z]+:\/\//i.test(v)),
        ...all("AppDomain").map((e) => e.textContent!.trim()),
      ];
      expect(urls.length).toBeGreaterThan(8);
      for (const url of urls) {
        expect([url, url.startsWith("https://")]).toEqual([url, true]);
        expect([url, url.startsWith(m.base) || url === origin]).toEqual([url, true]);
        if (url === origin) continue;
        const file = m.fileFor(url);
        expect([url, file !== null && fs.existsSync(file)]).toEqual([url, true]);
      }
    });

    test("every icon exists at the size the manifest says", () => {
      const claimed: [string, number][] = [
        [child(root(), "IconUrl")!.getAttribute("DefaultValue")!, 32],
        [child(root(), "HighResolutionIconUrl")!.getAttribute("DefaultValue")!, 64],
      ];
      for (const img of all("Image", BT).filter((e) => e.hasAttribute("size"))) {
        const size = Number(img.getAttribute("size"));
        claimed.push([resource("Image", img.getAttribute("resid")!).getAttribute("DefaultValue")!, size]);
      }
      expect(claimed.map(([, s]) => s).sort((a, b) => a - b)).toEqual(expect.arrayContaining([16, 32, 64, 80]));
      for (const [url, size] of claimed) {
        const file = m.fileFor(url)!;
        expect(fs.existsSync(file)).toBe(true);
        expect([url, pngSize(file)]).toEqual([url, { width: size, height: size }]);
      }
    });

    test("the Home tab's button opens the task pane at the default source location", () => {
      const overrides = child(root(), "VersionOverrides")!;
      expect(overrides.namespaceURI).toBe(OV);
      expect(overrides.getAttributeNS(XSI, "type")).toBe("VersionOverridesV1_0");
      const host = all("Host", OV).find((h) => h.getAttributeNS(XSI, "type") === "Workbook");
      expect(host).toBeDefined();
      const tab = host!.getElementsByTagNameNS(OV, "OfficeTab")[0];
      expect(tab.getAttribute("id")).toBe("TabHome");
      const buttons = Array.from(tab.getElementsByTagNameNS(OV, "Control")).filter(
        (c) => c.getAttributeNS(XSI, "type") === "Button",
      );
      expect(buttons).toHaveLength(1);
      const action = buttons[0].getElementsByTagNameNS(OV, "Action")[0];
      expect(action.getAttributeNS(XSI, "type")).toBe("ShowTaskpane");
      const resid = action.getElementsByTagNameNS(OV, "SourceLocation")[0].getAttribute("resid")!;
      const taskpaneUrl = resource("Url", resid).getAttribute("DefaultValue");
      const defaultSource = child(child(root(), "DefaultSettings")!, "SourceLocation")!.getAttribute("DefaultValue");
      expect(taskpaneUrl).toBe(`${m.base}taskpane.html`);
      expect(taskpaneUrl).toBe(defaultSource);
      const label = buttons[0].getElementsByTagNameNS(OV, "Label")[0].getAttribute("resid")!;
      expect(resource("String", label).getAttribute("DefaultValue")).toBe("Kiểm tra sổ");
    });

    test("the function file is commands.html and every resid resolves", () => {
      const functionFile = all("FunctionFile", OV)[0];
      expect(resource("Url", functionFile.getAttribute("resid")!).getAttribute("DefaultValue")).toBe(
        `${m.base}commands.html`,
      );
      const ids = new Set(
        all("*", BT)
          .map((e) => e.getAttribute("id"))
          .filter(Boolean),
      );
      for (const el of Array.from(m.doc.querySelectorAll("[resid]")))
        expect([el.getAttribute("resid"), ids.has(el.getAttribute("resid")!)]).toEqual([
          el.getAttribute("resid"),
          true,
        ]);
    });
  });
}
