#!/usr/bin/env bash
# Makes a headless browser and its WebDriver available for the Swagger UI browser test (SwaggerUiBrowserIT):
# Debian's chromium + chromium-driver, installed with apt-get when missing and running as root; a machine that
# already has Chrome and a matching chromedriver on the PATH (GitHub's ubuntu runners) uses those. Otherwise it
# fails, saying what to install. Prints the browser and driver it found.
set -euo pipefail

find_first() {
  local name
  for name in "$@"; do
    if command -v "$name" >/dev/null 2>&1; then
      command -v "$name"
      return 0
    fi
  done
  return 1
}

browsers=(chromium chromium-browser google-chrome google-chrome-stable)
if ! find_first "${browsers[@]}" >/dev/null || ! find_first chromedriver >/dev/null; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "FAIL no headless browser for the Swagger UI test: install Debian's chromium and chromium-driver" \
      "(sudo apt-get install -y chromium chromium-driver), or Chrome with a matching chromedriver on the PATH" >&2
    exit 1
  fi
  echo "..   chromium or chromedriver is missing: installing chromium chromium-driver with apt-get"
  apt-get -o DPkg::Lock::Timeout=300 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends \
    chromium chromium-driver >/dev/null
fi
browser=$(find_first "${browsers[@]}") || { echo "FAIL installing chromium did not provide a browser" >&2; exit 1; }
driver=$(find_first chromedriver) || { echo "FAIL installing chromium-driver did not provide chromedriver" >&2; exit 1; }
echo "ok   browser $browser ($("$browser" --version 2>/dev/null | head -1)), driver $driver"
