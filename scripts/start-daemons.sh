#!/usr/bin/env bash
# Starts the system daemons that ippeveprinter needs (a D-Bus system bus and avahi-daemon)
# when they are not already running. Safe to run repeatedly; used by .ci/run and by hand.
set -u
if ! pgrep -x dbus-daemon >/dev/null 2>&1; then
  mkdir -p /run/dbus
  rm -f /run/dbus/pid
  dbus-daemon --system --fork || echo "warning: could not start dbus-daemon" >&2
fi
if ! pgrep -x avahi-daemon >/dev/null 2>&1; then
  avahi-daemon --daemonize --no-drop-root 2>/dev/null || echo "warning: could not start avahi-daemon" >&2
fi
exit 0
