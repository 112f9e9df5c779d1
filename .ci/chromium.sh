#!/usr/bin/env bash
# Installs Debian's chromium when it is missing, so that ReportInBrowserTest runs instead of skipping.
# Idempotent: does nothing when a chromium binary is already on PATH or at /usr/bin/chromium.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  echo "chromium already installed: $(command -v chromium || echo /usr/bin/chromium)"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "chromium is missing and this script needs root (or sudo) to install it" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium
echo "chromium installed: $(command -v chromium || echo /usr/bin/chromium)"
