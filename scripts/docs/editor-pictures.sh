#!/bin/sh
# The editor's pictures in docs/data.pl.md and docs/data.en.md: takes them from the built app
# (e2e/editor-pictures.spec.ts, 1366x768, Polish) and compresses them to 64 colours without
# dithering, small like the other pictures in docs/pictures/.
# Run from the project's folder: sh scripts/docs/editor-pictures.sh
set -eu
npx playwright test e2e/editor-pictures.spec.ts
for picture in screenshots/editor-*.png; do
  convert "$picture" -strip +dither -colors 64 -define png:compression-level=9 "docs/pictures/$(basename "$picture")"
done
ls -l docs/pictures/editor-*.png
