#!/usr/bin/env bash
# A base image for Panel's container, made on a machine that reaches Debian's package mirror but no container
# registry: Debian 12 (minbase) with openjdk-17-jre-headless, installed by debootstrap, written as a `docker save`
# tar, which Jib takes as its base with -Djib.from.image=tar://<file>. Real deployments use the default base
# (eclipse-temurin:17-jre); this one is for building the image where Docker Hub cannot be reached (as in CI here).
# Needs root (debootstrap) and about two minutes; the tar is about 330 MB (one uncompressed layer).
# Usage: deploy/offline-base-image.sh OUT.tar [ROOTFS]   (ROOTFS: reuse a directory debootstrap made before)
set -euo pipefail
out=$(realpath -m "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rootfs=${2:-$work/rootfs}
if [ ! -x "$rootfs/usr/lib/jvm/java-17-openjdk-amd64/bin/java" ]; then
  debootstrap --variant=minbase --include=openjdk-17-jre-headless bookworm "$rootfs" http://deb.debian.org/debian
fi
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/*
# One layer, owned by root, with reproducible order and times.
tar -C "$rootfs" --numeric-owner --owner=0 --group=0 --sort=name --mtime=@0 -cf "$work/layer.tar" .
diff_id=$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
cat > "$work/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=/usr/lib/jvm/java-17-openjdk-amd64/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                  "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]}}
JSON
config_id=$(sha256sum "$work/config.json" | cut -d' ' -f1)
mv "$work/config.json" "$work/$config_id.json"
printf '[{"Config":"%s.json","RepoTags":["panel-base:bookworm-jre17"],"Layers":["layer.tar"]}]\n' "$config_id" > "$work/manifest.json"
tar -C "$work" -cf "$out" manifest.json "$config_id.json" layer.tar
echo "Wrote $out ($(du -h "$out" | cut -f1)): use it with -Djib.from.image=tar://$out"
