#!/usr/bin/env bash
# Starts the system daemons that ippeveprinter needs (a D-Bus system bus and avahi-daemon)
# when they are not already running. Safe to run repeatedly; used by .ci/run and by hand.
set -u
# A bus without its socket (a daemon left over after /run was cleaned) serves nobody: start one.
if [ ! -S /run/dbus/system_bus_socket ]; then
  mkdir -p /run/dbus
  rm -f /run/dbus/pid
  dbus-daemon --system --fork || echo "warning: could not start dbus-daemon" >&2
fi
if ! avahi-daemon --check 2>/dev/null; then
  avahi-daemon --daemonize --no-drop-root 2>/dev/null || echo "warning: could not start avahi-daemon" >&2
fi
exit 0
