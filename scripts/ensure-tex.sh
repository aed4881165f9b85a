#!/usr/bin/env bash
# The citation tests run the real pdflatex, bibtex (plain, plainnat) and biblatex + biber; install
# Debian's smallest set that has them (root only). Skips when they are all there.
set -euo pipefail
have() { command -v pdflatex >/dev/null && command -v bibtex >/dev/null && command -v biber >/dev/null \
  && kpsewhich natbib.sty plainnat.bst biblatex.sty booktabs.sty graphicx.sty url.sty >/dev/null 2>&1 \
  && [ "$(kpsewhich natbib.sty plainnat.bst biblatex.sty booktabs.sty graphicx.sty url.sty | wc -l)" = 6 ]; }
if have; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "ensure-tex: installing Debian's TeX Live (latex base and recommended, bibtex extra, biber)" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    texlive-latex-base texlive-latex-recommended texlive-bibtex-extra biber >/dev/null
  have
else
  echo "ensure-tex: pdflatex, bibtex or biber is missing; install them with:" >&2
  echo "  sudo apt-get install -y --no-install-recommends texlive-latex-base texlive-latex-recommended texlive-bibtex-extra biber" >&2
  exit 1
fi
