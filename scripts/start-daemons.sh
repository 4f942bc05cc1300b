#!/usr/bin/env bash
# Starts the system daemons that ippeveprinter needs (a D-Bus system bus and avahi-daemon)
# when they are not already answering. Safe to run repeatedly; used by .ci/run and by hand.
# Exits non-zero when either daemon still does not answer, so CI stops here with the reason
# instead of failing later inside the printer tests with "Unable to initialize DNS-SD".
set -u

bus_answers() {
  dbus-send --system --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.GetId >/dev/null 2>&1
}

# avahi is ready for ippeveprinter once it owns its bus name; `avahi-daemon --check` only reads
# the pid file, which a dead (or zombie) daemon leaves behind.
avahi_answers() {
  dbus-send --system --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Avahi 2>/dev/null | grep -q 'boolean true'
}

# A socket file alone proves nothing: when the machine's processes are stopped, /run keeps the
# socket and the pid file of a bus that no longer runs, and connections to it are refused.
# Each daemon gets up to 15 s to answer: a CI machine busy installing packages can be slow.
if ! bus_answers; then
  mkdir -p /run/dbus
  rm -f /run/dbus/pid /run/dbus/system_bus_socket
  dbus-daemon --system --fork || echo "warning: could not start dbus-daemon" >&2
  for _ in $(seq 1 150); do bus_answers && break; sleep 0.1; done
fi
if ! bus_answers; then
  echo "error: the D-Bus system bus does not answer; ippeveprinter cannot register its printer" >&2
  exit 1
fi

if ! avahi_answers; then
  # A stale pid file makes a new daemon refuse to start, so it goes with any daemon left over.
  avahi-daemon --kill 2>/dev/null
  rm -f /run/avahi-daemon/pid
  avahi-daemon --daemonize --no-drop-root || echo "warning: could not start avahi-daemon" >&2
  for _ in $(seq 1 150); do avahi_answers && break; sleep 0.1; done
fi
if ! avahi_answers; then
  echo "error: avahi-daemon does not answer on D-Bus; ippeveprinter needs it for DNS-SD" >&2
  exit 1
fi
exit 0
