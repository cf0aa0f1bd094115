#!/usr/bin/env bash
# Measures what a student's first restore of the student release downloads: writes the release,
# restores it with empty NuGet folders, and prints the downloaded size (NuGet's HTTP cache), the
# unpacked size and the number of packages. Needs network access to NuGet.
#   bash tools/bench/release_download.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$root/grade.sh" --release "$work/release" >/dev/null 2>&1 || { echo "error: ./grade.sh --release failed" >&2; exit 1; }
export NUGET_PACKAGES="$work/packages" NUGET_HTTP_CACHE_PATH="$work/http-cache"
(cd "$work/release" && dotnet restore >"$work/restore.log" 2>&1) || { cat "$work/restore.log" >&2; exit 1; }

downloaded=$(du -sm "$NUGET_HTTP_CACHE_PATH" | cut -f1)
unpacked=$(du -sm "$NUGET_PACKAGES" | cut -f1)
packages=$(find "$NUGET_PACKAGES" -mindepth 1 -maxdepth 1 -type d | wc -l)
echo "first restore of the student release: ${downloaded} MB downloaded, ${unpacked} MB unpacked, ${packages} packages"
