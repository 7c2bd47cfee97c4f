#!/bin/bash
# Builds disco's Vagrant box (libvirt provider) from Debian packages alone: no box is downloaded.
# debootstrap a bookworm root with a kernel, sshd and sudo; a `vagrant` user whose key is made here;
# an ext4 image populated without loop devices (mkfs.ext4 -d); qcow2; kernel and initrd beside it.
#
# Cached: the box lands in CACHE/box-<key>/ where <key> hashes this recipe (this script and box/*),
# so a second run with the same recipe prints the directory and does nothing else.
#
# Usage: vagrant/build-box.sh [--print-key] [CACHE]     (CACHE: $DISCO_VAGRANT_CACHE or /var/cache/disco-vagrant)
# Stdout: the box directory (or the key); progress goes to stderr. Needs root.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

recipe_key() {
  (cd "$here" && cat build-box.sh box/Vagrantfile box/guest-setup.sh) | sha256sum | cut -c1-12
}
if [[ ${1:-} == --print-key ]]; then recipe_key; exit 0; fi

cache=${1:-${DISCO_VAGRANT_CACHE:-/var/cache/disco-vagrant}}
mirror=${DISCO_DEBIAN_MIRROR:-http://deb.debian.org/debian}
key=$(recipe_key)
out=$cache/box-$key
if [[ -f $out/disco.box ]]; then echo "$out"; exit 0; fi
[[ $(id -u) == 0 ]] || { echo "error: building the box needs root (debootstrap, file ownership)" >&2; exit 2; }

need=()
command -v debootstrap >/dev/null || need+=(debootstrap)
command -v mkfs.ext4 >/dev/null || need+=(e2fsprogs)
command -v qemu-img >/dev/null || need+=(qemu-utils)
command -v ssh-keygen >/dev/null || need+=(openssh-client)
if ((${#need[@]})); then
  echo "installing ${need[*]}" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# The cache and its parents must be traversable: QEMU (user libvirt-qemu) reads the kernel from here.
mkdir -p "$cache" && chmod 0755 "$cache"
work=$cache/build-$key.tmp
# A failed build leaves $work (with debootstrap.log) for inspection; the next build starts afresh.
rm -rf "$work" && mkdir -p "$work/box"
started=$SECONDS
log=$work/debootstrap.log

echo "box $key: debootstrap bookworm (about 2 minutes)" >&2
packages=systemd-sysv,udev,kmod,linux-image-amd64,initramfs-tools,openssh-server,sudo,iproute2,procps,ca-certificates
debootstrap --variant=minbase --include="$packages" bookworm "$work/root" "$mirror" >"$log" 2>&1 ||
  { tail -20 "$log" >&2; exit 1; }

echo "box $key: guest setup" >&2
ssh-keygen -q -t ed25519 -N '' -C "disco-box-$key" -f "$work/box/vagrant_key"
cp "$here/box/guest-setup.sh" "$work/root/guest-setup.sh"
chroot "$work/root" /bin/bash /guest-setup.sh "$(cat "$work/box/vagrant_key.pub")" >>"$log" 2>&1 ||
  { tail -20 "$log" >&2; exit 1; }
rm "$work/root/guest-setup.sh"
install -m 0644 "$(ls "$work"/root/boot/vmlinuz-* | tail -1)" "$work/box/vmlinuz"
install -m 0644 "$(ls "$work"/root/boot/initrd.img-* | tail -1)" "$work/box/initrd.img"
# The guest boots them from outside (libvirt.kernel/initrd): no copy inside the image.
rm -f "$work"/root/boot/vmlinuz-* "$work"/root/boot/initrd.img-*

echo "box $key: ext4 image and qcow2" >&2
used_mb=$(du -sm "$work/root" | cut -f1)
size_gb=$(((used_mb + 1536) / 1024 + 1))
mkfs.ext4 -q -F -L disco-root -d "$work/root" "$work/root.ext4" "${size_gb}G"
# Compressed clusters are inflated by QEMU on the host (cheap even under TCG) and only once per
# cluster: the box halves in size for the cache, the upload into libvirt's pool and `box add`.
qemu-img convert -c -O qcow2 "$work/root.ext4" "$work/box/box.img"
rm -rf "$work/root" "$work/root.ext4"
printf '{"provider":"libvirt","format":"qcow2","virtual_size":%d}\n' "$size_gb" >"$work/box/metadata.json"
cp "$here/box/Vagrantfile" "$work/box/Vagrantfile"
echo "$key" >"$work/box/disco-box-key"

# An uncompressed tar is what `vagrant box add` takes; the qcow2 inside is already compact.
tar -C "$work/box" -cf "$work/disco.box" .
cp "$work/box/vagrant_key" "$work/box/vagrant_key.pub" "$work/"
rm -rf "$work/box" "$out"
mv "$work" "$out"
echo "box $key: built in $((SECONDS - started)) s, $(du -sh "$out/disco.box" | cut -f1)" >&2
echo "$out"
