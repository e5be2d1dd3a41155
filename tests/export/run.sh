#!/usr/bin/env bash
# Export checks: exports every fixture (tests/fixtures/*.json) as HTML, Word and JSON into
# tests/out/export/, then checks them with real tools:
#   (a) the Nu HTML Checker: no error in any exported HTML;
#   (b) the JSON Schema (schemas/report.schema.json) on every exported JSON;
#   (c) Chromium prints each HTML to PDF: A4 pages, a Times-compatible font embedded,
#       the page number "2" at the top of page 2 and none on page 1; page 1 as PNG for review;
#   (d) the hostile report opened in headless Chromium runs nothing and shows the text;
#   (e) every .docx with Python's zipfile and python-docx: parts, CRCs, page set-up, and the
#       same text as the HTML print block for block (check_docx.py);
#   (f) LibreOffice converts every .docx to PDF: A4, serif fonts only, no page number on page 1
#       and "2" on page 2, the Phụ lục present; page 1 as PNG beside the HTML print's.
# Run from the repository root after scripts/setup.sh. Needs: java, python3 + jsonschema +
# python-docx, node + tools/node_modules/{vnu-jar,playwright-core}, chromium, poppler-utils,
# fonts-liberation2, libreoffice-writer-nogui.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
OUT=tests/out/export
VNU=tools/node_modules/vnu-jar/build/dist/vnu.jar
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "PASS $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }
# Counts the PASS/FAIL lines of a helper's output.
tally() {
  local out=$1
  echo "$out"
  passed=$((passed + $(grep -c '^PASS ' <<<"$out" || true)))
  failed=$((failed + $(grep -c '^FAIL ' <<<"$out" || true)))
}

rm -rf "$OUT"
mkdir -p "$OUT"
if cargo run -q -p bccds-core --example export_fixtures -- "$OUT"; then
  pass "export_fixtures wrote $(ls "$OUT"/*.html 2>/dev/null | wc -l) HTML, $(ls "$OUT"/*.docx 2>/dev/null | wc -l) DOCX and $(ls "$OUT"/*.json 2>/dev/null | wc -l) JSON files"
else
  fail "export_fixtures"
fi
shopt -s nullglob
htmls=("$OUT"/*.html)
if [ ${#htmls[@]} -eq 0 ]; then
  fail "no exported HTML"
fi

# (a) Nu HTML Checker
if [ -f "$VNU" ] && [ ${#htmls[@]} -gt 0 ]; then
  vnu_out=$(java -jar "$VNU" --errors-only "${htmls[@]}" 2>&1 || true)
  for f in "${htmls[@]}"; do
    errors=$(grep -F "$(basename "$f")\"" <<<"$vnu_out" || true)
    if [ -z "$errors" ]; then
      pass "vnu: $(basename "$f")"
    else
      fail "vnu: $(basename "$f")"
      echo "$errors" | head -20
    fi
  done
  if [ -n "$vnu_out" ] && ! grep -q 'error' <<<"$vnu_out"; then
    echo "$vnu_out" | head -5
  fi
else
  fail "vnu.jar not found at $VNU (run scripts/setup.sh)"
fi

# (b) JSON Schema
set +e
json_out=$(python3 tests/export/check_json.py 2>&1)
json_rc=$?
set -e
tally "$json_out"
if [ $json_rc -ne 0 ] && ! grep -q '^FAIL ' <<<"$json_out"; then
  fail "check_json.py did not run (python3 -m pip install jsonschema)"
fi

# Every font of a PDF (pdffonts lines after the header) is a Times-compatible serif: no glyph
# taken from a sans fallback (a serif without Vietnamese letters would pull ư, ơ, ế from one).
serif_only() {
  local what=$1 fonts=$2 names
  names=$(awk '{ print $1 }' <<<"$fonts" | sed -E 's/^[A-Z]+\+//' | sort -u)
  if [ -n "$names" ] && ! grep -Eqv '^(TimesNewRoman|Times-|LiberationSerif|Tinos)' <<<"$names"; then
    pass "fonts: $what serif only ($(tr '\n' ' ' <<<"$names"))"
  else
    fail "fonts: $what uses a font that is not Times New Roman / Liberation Serif / Tinos: $(tr '\n' ' ' <<<"$names")"
  fi
}

# (c) PDF: page size, fonts, page numbers, page-1 image
for f in "${htmls[@]}"; do
  name=$(basename "$f" .html)
  pdf="$OUT/$name.pdf"
  profile=$(mktemp -d)
  if ! timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$profile" \
    --no-pdf-header-footer --print-to-pdf="$pdf" "file://$PWD/$f" >/dev/null 2>&1 || [ ! -s "$pdf" ]; then
    rm -rf "$profile"
    fail "pdf: $name not printed"
    continue
  fi
  rm -rf "$profile"
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  size=$(pdfinfo "$pdf" | awk '/^Page size:/ {print $3, $5}')
  if awk -v s="$size" 'BEGIN { split(s, a, " "); exit !((a[1] - 595) ^ 2 < 1 && (a[2] - 842) ^ 2 < 1) }'; then
    pass "pdf: $name A4 ($size pts, $pages pages)"
  else
    fail "pdf: $name page size $size is not A4 595 x 842"
  fi
  fonts=$(pdffonts "$pdf" | tail -n +3)
  if grep -Ei 'TimesNewRoman|Times New Roman|LiberationSerif|Tinos' <<<"$fonts" | awk '{ for (i = 1; i <= NF; i++) if ($i == "yes") { found = 1 } } END { exit !found }'; then
    pass "pdf: $name embeds a Times-compatible font ($(grep -Eio 'TimesNewRoman[A-Za-z,-]*|LiberationSerif[A-Za-z-]*|Tinos[A-Za-z-]*' <<<"$fonts" | sort -u | tr '\n' ' '))"
  else
    fail "pdf: $name has no embedded Times New Roman / Liberation Serif / Tinos"
    echo "$fonts"
  fi
  serif_only "$name (HTML print)" "$fonts"
  first_line() { pdftotext -layout -f "$1" -l "$1" "$pdf" - | sed '/^[[:space:]]*$/d' | head -1 | tr -d '[:space:]'; }
  if [ "$(first_line 1)" != "1" ] && ! grep -qx '[0-9]\+' <<<"$(first_line 1)"; then
    pass "pdf: $name has no page number on page 1"
  else
    fail "pdf: $name prints a page number on page 1"
  fi
  if [ "${pages:-0}" -ge 2 ]; then
    top2=$(first_line 2)
    if [ "$top2" = "2" ]; then
      pass "pdf: $name page 2 starts with its number"
    else
      fail "pdf: $name page 2 starts with \"$top2\", not \"2\""
    fi
  fi
  pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$pdf" "$OUT/$name-page1"
done

# (d) hostile report in a real browser
if [ -f "$OUT/hostile.html" ]; then
  set +e
  hostile_out=$(timeout 180 node tests/export/hostile.mjs hostile.html 2>&1)
  hostile_rc=$?
  set -e
  tally "$hostile_out"
  if [ $hostile_rc -ne 0 ] && ! grep -q '^FAIL ' <<<"$hostile_out"; then
    fail "hostile.mjs did not run"
  fi
else
  fail "no hostile.html exported"
fi

# (e) the compilation (bccds tong-hop) of the five seeds: XLSX read by openpyxl, CSV by Python's csv,
#     the printable summary through the Nu checker; `bccds check` exits non-zero on a broken file.
BCCDS=(cargo run -q -p bccds-cli --)
if "${BCCDS[@]}" tong-hop tests/fixtures/seed-00*.json -o "$OUT/tong-hop.xlsx" --csv "$OUT/tong-hop.csv" \
  --html "$OUT/tong-hop.html" --ngay 05/12/2025 >"$OUT/tong-hop.log" 2>&1; then
  pass "bccds tong-hop wrote xlsx, csv and html ($(head -1 "$OUT/tong-hop.log"))"
  set +e
  compile_out=$(python3 tests/export/check_compile.py "$OUT/tong-hop.xlsx" "$OUT/tong-hop.csv" 2>&1)
  compile_rc=$?
  set -e
  tally "$compile_out"
  if [ $compile_rc -ne 0 ] && ! grep -q '^FAIL ' <<<"$compile_out"; then
    fail "check_compile.py did not run (python3 -m pip install -r tools/requirements.txt)"
  fi
  if [ -f "$VNU" ]; then
    if vnu_out=$(java -jar "$VNU" --errors-only "$OUT/tong-hop.html" 2>&1) && [ -z "$vnu_out" ]; then
      pass "vnu: tong-hop.html"
    else
      fail "vnu: tong-hop.html"
      echo "$vnu_out" | head -10
    fi
  fi
else
  fail "bccds tong-hop"
  cat "$OUT/tong-hop.log"
fi
printf '{"format": 1, "kind": "bao-cao-chuyen-doi-so", "report": ' >"$OUT/cat-ngan.json"
if check_out=$("${BCCDS[@]}" check tests/fixtures/seed-003.json "$OUT/cat-ngan.json" 2>&1); then
  fail "bccds check exits 0 on a broken file"
else
  if grep -q "cat-ngan.json: Tệp JSON bị lỗi cú pháp" <<<"$check_out" && grep -q "1 tệp có lỗi\|2 tệp có lỗi" <<<"$check_out"; then
    pass "bccds check: non-zero exit and the Vietnamese reason for a broken file"
  else
    fail "bccds check output"
  fi
  echo "$check_out" | tail -3
fi

# (f) Word files with independent readers
set +e
docx_out=$(python3 tests/export/check_docx.py 2>&1)
docx_rc=$?
set -e
tally "$docx_out"
if [ $docx_rc -ne 0 ] && ! grep -q '^FAIL ' <<<"$docx_out"; then
  fail "check_docx.py did not run (python3 -m pip install -r tools/requirements.txt)"
fi

# (g) Word files printed by LibreOffice
docxs=("$OUT"/*.docx)
if ! command -v soffice >/dev/null 2>&1; then
  fail "soffice not found (apt-get install libreoffice-writer-nogui; scripts/setup.sh)"
elif [ ${#docxs[@]} -gt 0 ]; then
  lo_profile=$(mktemp -d)
  mkdir -p "$OUT/word"
  if timeout 300 soffice --headless --norestore "-env:UserInstallation=file://$lo_profile" \
    --convert-to pdf --outdir "$OUT/word" "${docxs[@]}" >/dev/null 2>&1; then
    pass "soffice converted ${#docxs[@]} .docx to PDF"
  else
    fail "soffice --convert-to pdf"
  fi
  rm -rf "$lo_profile"
  for f in "${docxs[@]}"; do
    name=$(basename "$f" .docx)
    pdf="$OUT/word/$name.pdf"
    if [ ! -s "$pdf" ]; then
      fail "word: $name not converted"
      continue
    fi
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
    size=$(pdfinfo "$pdf" | awk '/^Page size:/ {print $3, $5}')
    if awk -v s="$size" 'BEGIN { split(s, a, " "); exit !((a[1] - 595.3) ^ 2 < 1 && (a[2] - 841.9) ^ 2 < 1) }'; then
      pass "word: $name A4 ($size pts, $pages pages, $(stat -c %s "$f") bytes)"
    else
      fail "word: $name first page $size is not A4 portrait"
    fi
    serif_only "$name (Word, LibreOffice)" "$(pdffonts "$pdf" | tail -n +3)"
    top() { pdftotext -layout -f "$1" -l "$1" "$pdf" - | sed '/^[[:space:]]*$/d' | head -1 | tr -d '[:space:]'; }
    if ! grep -qx '[0-9]\+' <<<"$(top 1)"; then
      pass "word: $name has no page number on page 1"
    else
      fail "word: $name prints a page number on page 1"
    fi
    if [ "${pages:-0}" -ge 2 ]; then
      if [ "$(top 2)" = "2" ]; then
        pass "word: $name page 2 starts with its number"
      else
        fail "word: $name page 2 starts with \"$(top 2)\", not \"2\""
      fi
    fi
    if grep -q 'class="phu-luc"' "$OUT/$name.html"; then
      # The Phụ lục starts a page of its own (no number: its numbering restarts) with its heading.
      found=""
      for ((p = 2; p <= pages; p++)); do
        if pdftotext -f "$p" -l "$p" "$pdf" - | sed '/^[[:space:]]*$/d' | head -1 | grep -q '^Phụ lục'; then
          found=$p
          break
        fi
      done
      if [ -n "$found" ]; then
        pass "word: $name Phụ lục starts page $found"
      else
        fail "word: $name has no page starting with the Phụ lục heading"
      fi
    fi
    pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$pdf" "$OUT/word/$name-page1"
  done
fi

echo "export checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
