#!/bin/sh
# Rebuild old-out/ from sources/ with flashgen as released at commit 3e86a3b, the last
# release whose clozes were chosen by word endings and known by what they hid.
# Run from the repository root: sh tests/data/upgrade/make-old-build.sh
set -e
here=tests/data/upgrade
old=$(mktemp -d)
git archive 3e86a3b src templates | tar -x -C "$old"
rm -rf "$here/old-out"
# A fixed time, so that the stored packages are the same bytes whoever makes them.
SOURCE_DATE_EPOCH=1700000000 PYTHONPATH="$old/src" .venv/bin/python -m flashgen build \
    "$here/sources" --out "$here/old-out"
rm -rf "$old"
