#!/usr/bin/env bash
# The export tests read our CSV with Python's csv module and pandas, as a reader would: Debian's
# python3-pandas under /usr/bin/python3 (root only). Skips when it is there.
set -euo pipefail
if /usr/bin/python3 -c 'import pandas' >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "ensure-pandas: installing Debian's python3-pandas" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-pandas >/dev/null
  /usr/bin/python3 -c 'import pandas'
else
  echo "ensure-pandas: /usr/bin/python3 has no pandas; install it with: sudo apt-get install -y python3-pandas" >&2
  exit 1
fi
