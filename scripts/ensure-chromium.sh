#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium; install it when it is missing (root only, no browser download).
set -euo pipefail
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ -x "$chromium" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "ensure-chromium: installing Debian's chromium" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
else
  echo "ensure-chromium: $chromium is missing; install it with: sudo apt-get install -y chromium" >&2
  exit 1
fi
