#!/usr/bin/env bash
# `npm run validate`: checks the add-in manifest offline.
#  1. XSD validation with xmllint against Microsoft's published schemas (tools/office-manifest-schemas,
#     patched in a temp folder so libxml2 can compile them; see the README there) for manifest.xml
#     and, when a production build exists, dist/manifest.xml (the copy with the public URL).
#  2. `office-addin-manifest info`, which parses the manifest the way Office's tooling does.
#     (Its `validate` command is not used: it posts the manifest to a Microsoft web service.)
# Needs xmllint: apt-get install -y libxml2-utils
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

validator=tools/office-manifest-schemas/validate-manifest.sh
manifests=(manifest.xml)
[ -f dist/manifest.xml ] && manifests+=(dist/manifest.xml)

for manifest in "${manifests[@]}"; do
  bash "$validator" "$manifest"
done

# --no-install: use the pinned devDependency, never a download.
npx --no-install office-addin-manifest info manifest.xml
