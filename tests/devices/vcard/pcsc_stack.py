#!/usr/bin/python3
"""Starts and stops the PC/SC stack for Kiroku's card-reader tests (ctest fixtures pcsc.start / pcsc.stop).

    pcsc_stack.py start STATE_DIR     pcscd -f with vpcd on a free port, or a running pcscd reused
    pcsc_stack.py stop STATE_DIR      stops what start started, and any emulated card the tests left

STATE_DIR/stack.env tells the tests where the virtual reader is (port, reader name). pcsc-lite 1.9.9's daemon
always serves /run/pcscd/pcscd.comm (PCSCLITE_CSOCK_NAME only moves the client side), so a private daemon
cannot run next to a system one: when a pcscd is already running it is reused, provided it has vpcd loaded.
Exits non-zero with a reason when the stack cannot be made to work, so that the tests fail instead of skipping.
"""

import os
import re
import signal
import socket
import subprocess
import sys
import time

PCSCD = "/usr/sbin/pcscd"
VPCD_DRIVER = "/usr/lib/pcsc/drivers/serial/libifdvpcd.so"
SYSTEM_VPCD_CONF = "/etc/reader.conf.d/vpcd"
PCSCD_SOCKET = "/run/pcscd/pcscd.comm"
PCSCD_PIDFILE = "/run/pcscd/pcscd.pid"
DEFAULT_PORT = 35963
FRIENDLY_NAME = "Kiroku Test PCD"
HERE = os.path.dirname(os.path.abspath(__file__))
START_TIMEOUT = 15.0


def fail(message):
    sys.stderr.write("pcsc stack: " + message + "\n")
    sys.exit(1)


def read_state(state_dir):
    state = {}
    try:
        with open(os.path.join(state_dir, "stack.env")) as f:
            for line in f:
                key, _, value = line.strip().partition("=")
                if key:
                    state[key] = value
    except FileNotFoundError:
        pass
    return state


def process_cmdline(pid):
    try:
        with open("/proc/%d/cmdline" % pid, "rb") as f:
            return [part.decode(errors="replace") for part in f.read().split(b"\0") if part]
    except (FileNotFoundError, ProcessLookupError, ValueError):
        return []


def pid_alive(pid):
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False
    except PermissionError:
        return True


def running_pcscd():
    """The pid of a running pcscd, or None. Looks at the pid file and, failing that, at the socket."""
    try:
        with open(PCSCD_PIDFILE) as f:
            pid = int(f.read().strip() or 0)
        if pid and pid_alive(pid) and any(os.path.basename(p) == "pcscd" for p in process_cmdline(pid)[:1]):
            return pid
    except (FileNotFoundError, ValueError):
        pass
    if os.path.exists(PCSCD_SOCKET):
        probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            probe.connect(PCSCD_SOCKET)
            return -1  # running (perhaps socket-activated), pid unknown
        except OSError:
            return None
        finally:
            probe.close()
    return None


def listening_ports():
    ports = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as f:
                next(f)
                for line in f:
                    fields = line.split()
                    if fields[3] == "0A":  # LISTEN
                        ports.add(int(fields[1].rsplit(":", 1)[1], 16))
        except FileNotFoundError:
            pass
    return ports


def port_free(port):
    for family, address in ((socket.AF_INET, "0.0.0.0"), (socket.AF_INET6, "::")):
        s = socket.socket(family, socket.SOCK_STREAM)
        try:
            s.bind((address, port))
        except OSError as error:
            if family == socket.AF_INET6 and error.errno in (97, 99):  # no IPv6 here
                continue
            return False
        finally:
            s.close()
    return True


def pick_port():
    """vpcd listens on the configured port for slot 0 and on port+1 for slot 1: both must be free."""
    override = os.environ.get("KIROKU_VPCD_PORT")
    if override:
        port = int(override)
        if not (port_free(port) and port_free(port + 1)):
            fail("KIROKU_VPCD_PORT=%d: port %d or %d is in use" % (port, port, port + 1))
        return port
    for port in [DEFAULT_PORT] + list(range(36100, 36400, 2)):
        if port_free(port) and port_free(port + 1):
            return port
    fail("no free pair of TCP ports for vpcd")


def system_vpcd():
    """(port, friendly name) from the system's vpcd reader.conf."""
    try:
        with open(SYSTEM_VPCD_CONF) as f:
            text = f.read()
    except FileNotFoundError:
        fail("pcscd is already running but %s does not exist: install vsmartcard-vpcd and restart pcscd, "
             "or stop pcscd so the tests can start their own" % SYSTEM_VPCD_CONF)
    port = re.search(r"^\s*CHANNELID\s+(0x[0-9A-Fa-f]+|\d+)", text, re.M)
    name = re.search(r'^\s*FRIENDLYNAME\s+"([^"]+)"', text, re.M)
    return (int(port.group(1), 0) if port else DEFAULT_PORT), (name.group(1) if name else "Virtual PCD")


def wait_until(predicate, timeout, what, check_alive=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        if check_alive is not None:
            check_alive()
        time.sleep(0.1)
    fail("timed out after %.0f s waiting for %s" % (timeout, what))


def check_emulator(port):
    """Starts the emulator in check mode: proves Python, vsmartcard and the Crypto shim work and vpcd listens."""
    result = subprocess.run(["/usr/bin/python3", os.path.join(HERE, "kiroku_vcard.py"), "--card", "license",
                             "--port", str(port), "--check"], capture_output=True, text=True, timeout=30)
    if result.returncode != 0:
        fail("the card emulator cannot start: " + (result.stderr.strip() or result.stdout.strip()))


def write_state(state_dir, **values):
    with open(os.path.join(state_dir, "stack.env"), "w") as f:
        for key, value in values.items():
            f.write("%s=%s\n" % (key, value))


def stop_emulators(state_dir):
    folder = os.path.join(state_dir, "emulators")
    if not os.path.isdir(folder):
        return
    for name in os.listdir(folder):
        path = os.path.join(folder, name)
        try:
            pid = int(open(path).read().strip())
        except (ValueError, OSError):
            pid = 0
        if pid and any("kiroku_vcard.py" in part for part in process_cmdline(pid)):
            os.kill(pid, signal.SIGTERM)
        os.unlink(path)


def stop_private_pcscd(state):
    pid = int(state.get("PCSCD_PID", "0") or 0)
    conf = state.get("CONF_DIR", "")
    if not pid or not conf or conf not in process_cmdline(pid):
        return  # not ours, or already gone
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 10
    while pid_alive(pid) and time.monotonic() < deadline:
        try:
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            pass
        time.sleep(0.1)
    if pid_alive(pid):
        os.kill(pid, signal.SIGKILL)


def start(state_dir):
    os.makedirs(os.path.join(state_dir, "emulators"), exist_ok=True)
    for path, package in ((PCSCD, "pcscd"), (VPCD_DRIVER, "vsmartcard-vpcd"), ("/usr/bin/python3", "python3")):
        if not os.path.exists(path):
            fail("%s is missing: install %s" % (path, package))

    # A daemon of ours left by an interrupted run is stopped first.
    stop_emulators(state_dir)
    previous = read_state(state_dir)
    if previous.get("MODE") == "private":
        stop_private_pcscd(previous)
    if os.path.exists(os.path.join(state_dir, "stack.env")):
        os.unlink(os.path.join(state_dir, "stack.env"))
    # APDU logs and triggers of the previous run (kept until now for whoever investigates a failure).
    for name in os.listdir(state_dir):
        if re.match(r"^((license|mynumber)-apdu\.log|pull-card)-\d+-\d+$", name) or name == "timings.txt":
            os.unlink(os.path.join(state_dir, name))

    if running_pcscd() is not None:
        port, name = system_vpcd()
        if port not in listening_ports():
            fail("a pcscd is running but nothing listens on the vpcd port %d: it was started without vpcd. "
                 "Restart it (systemctl restart pcscd) or stop it so the tests can start their own" % port)
        check_emulator(port)
        write_state(state_dir, MODE="reused", PORT=port, READER="%s 00 00" % name)
        print("pcsc stack: reusing the running pcscd, vpcd on port %d" % port)
        return

    if os.geteuid() != 0 and not os.access("/run/pcscd", os.W_OK):
        fail("pcscd is not running and this user cannot start it (/run/pcscd is not writable): run as root, or "
             "start pcscd with vsmartcard-vpcd beforehand")
    port = pick_port()
    conf_dir = os.path.join(state_dir, "reader.conf.d")
    os.makedirs(conf_dir, exist_ok=True)
    with open(os.path.join(conf_dir, "vpcd"), "w") as f:
        f.write('FRIENDLYNAME "%s"\nDEVICENAME   /dev/null:0x%04X\nLIBPATH      %s\nCHANNELID    0x%04X\n'
                % (FRIENDLY_NAME, port, VPCD_DRIVER, port))
    log = open(os.path.join(state_dir, "pcscd.log"), "w")
    daemon = subprocess.Popen([PCSCD, "-f", "-c", conf_dir], stdout=log, stderr=subprocess.STDOUT,
                              stdin=subprocess.DEVNULL, start_new_session=True)
    write_state(state_dir, MODE="private", PORT=port, READER="%s 00 00" % FRIENDLY_NAME, PCSCD_PID=daemon.pid,
                CONF_DIR=conf_dir)

    def alive():
        if daemon.poll() is not None:
            log.flush()
            tail = open(os.path.join(state_dir, "pcscd.log")).read()[-2000:]
            fail("pcscd exited with status %s:\n%s" % (daemon.returncode, tail))

    wait_until(lambda: os.path.exists(PCSCD_SOCKET), START_TIMEOUT, "pcscd's socket " + PCSCD_SOCKET, alive)
    wait_until(lambda: port in listening_ports(), START_TIMEOUT, "vpcd to listen on port %d" % port, alive)
    check_emulator(port)
    print("pcsc stack: started pcscd (pid %d), vpcd on port %d" % (daemon.pid, port))


def stop(state_dir):
    stop_emulators(state_dir)
    state = read_state(state_dir)
    if state.get("MODE") == "private":
        stop_private_pcscd(state)
        print("pcsc stack: stopped pcscd")
    if os.path.exists(os.path.join(state_dir, "stack.env")):
        os.unlink(os.path.join(state_dir, "stack.env"))


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("start", "stop"):
        sys.exit("usage: pcsc_stack.py start|stop STATE_DIR")
    state_dir = os.path.abspath(sys.argv[2])
    os.makedirs(state_dir, exist_ok=True)
    start(state_dir) if sys.argv[1] == "start" else stop(state_dir)


if __name__ == "__main__":
    main()
