#!/usr/bin/env bash
# Installs what building and testing Atelier needs, idempotently: Debian packages (protobuf
# compiler, clang, Chromium), Rust's wasm32v1-none target, clippy and rustfmt, cargo-nextest, and
# the npm packages of the end-to-end tests and of the Studio app. Safe to run any number of times; does nothing that is
# already done.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }

need_apt=()
command -v protoc >/dev/null 2>&1 || need_apt+=(protobuf-compiler)
command -v clang >/dev/null 2>&1 || need_apt+=(clang)
dpkg -s libclang-dev >/dev/null 2>&1 || need_apt+=(libclang-dev)
# Debian's Chromium, which the Studio app's browser tests drive (a browser that downloads itself
# cannot here: the machine reaches only the package registries).
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
if ((${#need_apt[@]})); then
	log "installing Debian packages: ${need_apt[*]}"
	SUDO=""
	[ "$(id -u)" -eq 0 ] || SUDO="sudo"
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if ! command -v cargo >/dev/null 2>&1; then
	echo "Rust is not installed: see https://rustup.rs, then run this script again." >&2
	exit 1
fi
if command -v rustup >/dev/null 2>&1 &&
	! rustup target list --installed | grep -qx wasm32v1-none; then
	log "adding the wasm32v1-none Rust target"
	rustup target add wasm32v1-none
fi
# scripts/test.sh checks formatting and runs clippy.
for component in clippy rustfmt; do
	if command -v rustup >/dev/null 2>&1 &&
		! rustup component list --installed | grep -q "^$component"; then
		log "adding the $component Rust component"
		rustup component add "$component"
	fi
done
if ! cargo nextest --version >/dev/null 2>&1; then
	log "installing cargo-nextest"
	cargo install --locked cargo-nextest
fi

if ! command -v node >/dev/null 2>&1; then
	echo "Node.js (>= 20) is needed for the end-to-end tests." >&2
	exit 1
fi
# npm ci only when the lock file changed since the last install: the end-to-end tests' packages,
# and the Studio app's (app/).
for dir in e2e app; do
	stamp=$dir/node_modules/.atelier-lock
	if [ ! -f "$stamp" ] || ! cmp -s "$dir/package-lock.json" "$stamp"; then
		log "installing the npm packages of $dir/"
		(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
		cp "$dir/package-lock.json" "$stamp"
	fi
done
log "ready"
