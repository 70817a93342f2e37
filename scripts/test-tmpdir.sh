#!/usr/bin/env bash
# Prints a new folder for make test's temporary files: in memory (/dev/shm) when it has room, else
# in the usual temporary folder. A run writes about 0.8 GB there (encrypted stores, hub databases,
# PostgreSQL clusters, PDFs), and on a disk each commit's journal and writeback cost kernel time and
# waits: make test took 3 % less on this machine. Nothing the tests check depends on surviving a
# power cut. make test removes the folder when it ends.
set -euo pipefail
need_kib=$((3 * 1024 * 1024))  # the run's 0.8 GB, with room for the browser and a second run
shm=/dev/shm
# A run killed outright (SIGKILL, a CI timeout) leaves its folder in memory: gone at the next run.
# Two hours old: no make test lasts that long, and another checkout's run may be using a newer one.
find "$shm" -maxdepth 1 -name 'kiosk-make-test.*' -user "$(id -u)" -mmin +120 -exec rm -rf {} + 2>/dev/null || true
available_kib=$(awk '/^MemAvailable:/ {print $2}' /proc/meminfo 2>/dev/null || echo 0)
if [ -d "$shm" ] && [ -w "$shm" ] && [ "$(df --output=avail -k "$shm" | tail -n 1)" -ge "$need_kib" ] \
   && [ "${available_kib:-0}" -ge "$need_kib" ]; then  # tmpfs is memory: its limit alone is not what is free
  folder=$(mktemp -d "$shm/kiosk-make-test.XXXXXX")
else
  folder=$(mktemp -d -t kiosk-make-test.XXXXXX)
fi
chmod 711 "$folder"  # the tests' PostgreSQL server runs as its own user, in a private folder inside
echo "$folder"
