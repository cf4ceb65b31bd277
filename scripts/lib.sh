# Shared by run.sh and test.sh: install what is missing from Debian 12, then configure and build.
# Sourced, not run.

KIROKU_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
KIROKU_BUILD=${KIROKU_BUILD_DIR:-$KIROKU_ROOT/build}

# Everything the build, the tests and the running system need, by Debian 12 package name.
KIROKU_PACKAGES=(
    g++ cmake ninja-build pkg-config git ca-certificates openssl curl dpkg-dev file
    libpoco-dev libpqxx-dev libssl-dev libicu-dev catch2
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-serialport-dev libqt6sql6-sqlite libgl-dev
    postgresql postgresql-client
    pcscd libpcsclite-dev vsmartcard-vpcd vsmartcard-vpicc python3 python3-virtualsmartcard python3-pycryptodome
    libzxing-dev fonts-noto-cjk xvfb xauth poppler-utils clang-14 clang-format-14 passwd util-linux procps
)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "need root for: $* (install sudo or run as root)" >&2
        return 1
    fi
}

install_packages() {
    local missing=() p
    for p in "${KIROKU_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        fi
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        return 0
    fi
    say "installing ${#missing[@]} Debian packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# build [extra cmake args...]
build() {
    local werror=OFF
    [[ "${CI:-}" == "true" ]] && werror=ON
    say "configuring and building in $KIROKU_BUILD (Release)"
    cmake -S "$KIROKU_ROOT" -B "$KIROKU_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKIROKU_WERROR=$werror "$@" >/dev/null
    cmake --build "$KIROKU_BUILD" -j2
}
