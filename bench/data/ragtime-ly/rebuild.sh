#!/bin/sh
# Rebuild the MIDI files from the (already convert-ly'd and patched) Mutopia LilyPond sources.
# Needs: apt-get install lilypond  (tested with GNU LilyPond 2.24.1, Debian bookworm)
set -e
here=$(cd "$(dirname "$0")" && pwd)
for f in $(find "$here/mutopia-ly" -name '*.ly' ! -path '*-lys/*' ; find "$here/mutopia-ly" -path '*-lys/joplin_*.ly'); do
  (cd "$(dirname "$f")" && lilypond -dno-print-pages -s "$(basename "$f")")
done
