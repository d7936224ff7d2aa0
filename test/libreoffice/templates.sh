#!/usr/bin/env bash
# Opens a generated template in LibreOffice (headless), saves it back as .xlsx and as PDF, reads the
# LibreOffice copy back (sheets, drop-downs, input messages, protection), fills it as a unit would and
# imports it. Needs soffice and pdftoppm; run after `npm run build:cli`. Prints what it saw.
#   bash test/libreoffice/templates.sh [OUTDIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-$(mktemp -d)}"
mkdir -p "$out"
node bin/tdkt.js demo --out "$out/demo" --today 2024-12-10 >/dev/null
node bin/tdkt.js templates "$out/demo/so-tdkt-sa-pa-2024.xlsx" --out "$out/mau" --units X-TAVAN --today 2024-12-10
tpl="$(ls "$out"/mau/*.xlsx | head -1)"
profile="$out/lo-profile"
soffice -env:UserInstallation=file://$profile --headless --convert-to xlsx --outdir "$out/lo" "$tpl" >/dev/null 2>&1
soffice -env:UserInstallation=file://$profile --headless --convert-to pdf --outdir "$out/pdf" "$tpl" >/dev/null 2>&1
pdftoppm -png -r 60 "$out"/pdf/*.pdf "$out/pdf/trang"
lo="$out/lo/$(basename "$tpl")"
node - "$lo" "$out/tra-ve.xlsx" <<'JS'
const ExcelJS = require("exceljs");
(async () => {
  const [lo, filled] = process.argv.slice(2);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(lo);
  console.log("sheets:", wb.worksheets.map((w) => `${w.name} (${w.state})`).join(", "));
  const ws = wb.getWorksheet("Đề nghị khen thưởng");
  const model = ws.dataValidations.model;
  const lists = Object.entries(model).filter(([, v]) => v.type === "list");
  const prompts = Object.entries(model).filter(([, v]) => v.showInputMessage);
  console.log(`Đề nghị khen thưởng: ${lists.length} drop-down ranges, ${prompts.length} input messages, protected: ${!!ws.sheetProtection}`);
  for (const [range, v] of lists.slice(0, 4)) console.log(`  ${range.slice(0, 20)} → ${v.formulae[0]}`);
  const headers = ws.getRow(1).values.slice(1);
  const col = (h) => headers.indexOf(h) + 1;
  ws.getCell(2, col("Đối tượng")).value = "Cá nhân";
  ws.getCell(2, col("Họ và tên")).value = "Giàng Thị Sao";
  ws.getCell(2, col("Hình thức")).value = "Lao động tiên tiến";
  await wb.xlsx.writeFile(filled);
})();
JS
node bin/tdkt.js import "$out/demo/so-tdkt-sa-pa-2024.xlsx" "$out/tra-ve.xlsx" --out "$out/so-gop.xlsx" --today 2024-12-10 --json |
  node -e 'const j = JSON.parse(require("fs").readFileSync(0, "utf8")); for (const f of j.files) console.log(`import: ${f.file} ${f.status}, added ${f.added}, template ${JSON.stringify(f.template)}, findings ${f.findings.map((x) => x.code).join(" ") || "none"}`)'
echo "pages: $(ls "$out"/pdf/*.png | wc -l) PNG in $out/pdf"
