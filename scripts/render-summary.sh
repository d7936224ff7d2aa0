#!/bin/sh
# npm run render: the Sa Pa sample's summary workbook as a council member sees it, page by page
# (LibreOffice's soffice and poppler's pdftoppm; not in CI). Prints where the pages are.
set -e
dir=$(mktemp -d)
node bin/tdkt.js demo --out "$dir" > /dev/null
node bin/tdkt.js summary "$dir/so-tdkt-sa-pa-2024.xlsx" --out "$dir/tong-hop.xlsx" --today 2024-12-10 > /dev/null
soffice --headless --convert-to pdf --outdir "$dir" "$dir/tong-hop.xlsx" > /dev/null 2>&1
pdftoppm -png -r 60 "$dir/tong-hop.pdf" "$dir/trang"
echo "$dir/tong-hop.pdf"
ls "$dir"/trang-*.png
