#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the browser tests. Installs it with apt when running as
# root; otherwise stops with the exact command to run. Never downloads a browser from elsewhere.
set -u
chrome=${CHROME_PATH:-/usr/bin/chromium}
if [ -x "$chrome" ]; then exit 0; fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium package (about 30 s)..."
  if apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; then
    [ -x "$chrome" ] && exit 0
  fi
  echo "Installing Chromium failed. Run: sudo apt-get update && sudo apt-get install -y chromium" >&2
  exit 1
fi
echo "The browser tests need Chromium at $chrome. Install it with:" >&2
echo "  sudo apt-get update && sudo apt-get install -y chromium" >&2
echo "or set CHROME_PATH to a Chromium or Chrome binary." >&2
exit 1
