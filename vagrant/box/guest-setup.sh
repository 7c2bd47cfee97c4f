#!/bin/bash
# Runs inside the freshly debootstrapped root (chroot) to make it a disposable Vagrant guest:
# systemd-networkd for DHCP, sshd with the box's key for `vagrant`, passwordless sudo, overlay at
# boot, nothing that slows a TCG boot, and an EMPTY machine-id so every clone gets its own.
# Usage (by build-box.sh): chroot ROOT /bin/bash /guest-setup.sh "<public key line>"
set -euo pipefail
pubkey=$1

echo disco >/etc/hostname
printf '127.0.0.1\tlocalhost\n127.0.1.1\tdisco\n::1\tlocalhost ip6-localhost ip6-loopback\n' >/etc/hosts
printf '/dev/vda\t/\text4\trw,noatime,errors=remount-ro\t0\t0\n' >/etc/fstab

# DHCP on whatever the NIC is called; the lease is keyed by MAC (vagrant-libvirt looks it up by MAC),
# never by machine-id, so clones of one image cannot collide.
cat >/etc/systemd/network/50-dhcp.network <<'NET'
[Match]
Name=en* eth*

[Network]
DHCP=ipv4
LinkLocalAddressing=no
IPv6AcceptRA=no

[DHCPv4]
ClientIdentifier=mac
UseDomains=no
NET
systemctl enable systemd-networkd.service >/dev/null 2>&1
# Nobody logs in on a console of a CI VM; the services below only cost boot time under TCG.
# (getty-static starts six gettys when logind is absent, as it is here.)
systemctl mask getty@tty1.service serial-getty@ttyS0.service getty-static.service \
  systemd-networkd-wait-online.service e2scrub_reap.service e2scrub_all.timer fstrim.timer \
  apt-daily.timer apt-daily-upgrade.timer dpkg-db-backup.timer systemd-timesyncd.service >/dev/null 2>&1 || true
# udev would load these for devices a TCG guest advertises but never uses (kvm for the emulated vmx).
printf 'blacklist %s\n' kvm kvm_intel kvm_amd pcspkr floppy joydev serio_raw i2c_piix4 >/etc/modprobe.d/disco.conf

# A small initrd with just what finds the root: decompressed and probed in a fraction of the time
# under TCG (the full one costs ~7 s of a ~40 s boot).
sed -i 's/^MODULES=.*/MODULES=list/' /etc/initramfs-tools/initramfs.conf
printf '%s\n' virtio_pci virtio_blk virtio_net ext4 crc32c_generic >>/etc/initramfs-tools/modules
update-initramfs -u -k all

# The engine's sandbox needs overlayfs; load it at boot (the driver also modprobes it, cheaply).
echo overlay >/etc/modules-load.d/disco.conf

useradd --create-home --shell /bin/bash --user-group vagrant
install -d -m 0700 -o vagrant -g vagrant /home/vagrant/.ssh
printf '%s\n' "$pubkey" >/home/vagrant/.ssh/authorized_keys
chown vagrant:vagrant /home/vagrant/.ssh/authorized_keys
chmod 0600 /home/vagrant/.ssh/authorized_keys
echo 'vagrant ALL=(ALL) NOPASSWD: ALL' >/etc/sudoers.d/vagrant
chmod 0440 /etc/sudoers.d/vagrant

cat >/etc/ssh/sshd_config.d/disco.conf <<'SSHD'
# Key-only logins; no reverse DNS or GSSAPI round trips on an isolated network.
PasswordAuthentication no
KbdInteractiveAuthentication no
UseDNS no
GSSAPIAuthentication no
SSHD

# Every clone must generate its own machine-id at first boot (systemd treats an empty file as
# "first boot"): a shared one gives two VMs the same DHCP identity and the second no address.
: >/etc/machine-id
rm -f /var/lib/dbus/machine-id

# Kernel drivers a virtio guest never loads: a smaller box to cache, upload and restore.
kver=$(basename /lib/modules/*)
for dir in drivers/gpu drivers/media drivers/net/wireless drivers/net/ethernet drivers/net/usb drivers/net/can \
  drivers/usb drivers/scsi drivers/md drivers/hid drivers/mtd drivers/infiniband drivers/staging drivers/bluetooth \
  drivers/isdn drivers/iio drivers/hwmon drivers/input/touchscreen drivers/thunderbolt drivers/nfc drivers/atm \
  sound net/wireless net/bluetooth net/mac80211; do
  rm -rf "/lib/modules/$kver/kernel/$dir"
done
depmod -a "$kver"

apt-get clean
rm -rf /var/lib/apt/lists/* /usr/share/doc/* /usr/share/man/* /usr/share/info/* /var/log/*.log
find /usr/share/locale -mindepth 1 -maxdepth 1 ! -name 'locale.alias' -exec rm -rf {} +
