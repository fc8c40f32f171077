#!/usr/bin/env bash
# Install or update the kiosk on a Debian/Ubuntu PC, from the built bundle this script sits in
# (dist/kiosk/linux/install.sh). Run as root. What goes where:
#
#   /opt/kiosk/releases/<time>-<version>/   each installed bundle; /opt/kiosk/current -> the live one
#   /usr/local/bin/kiosk                     the kiosk command (validate, report, set-pin, ...)
#   /etc/kiosk/kiosk.yaml, kiosk.env         settings and service environment (never overwritten)
#   /var/lib/kiosk/halls/, usage.db          content and usage statistics (never overwritten)
#   /var/log/kiosk/, /var/cache/kiosk/       logs, prepared images
#   /etc/systemd/system/kiosk.service        cage + kiosk on tty1 as user "kiosk", with a watchdog
#
# An update is the same command run from the new bundle: settings and content stay, the
# service restarts on the new release, the previous releases stay for --rollback.
set -euo pipefail

usage() {
    cat <<'EOF'
usage: install.sh [--no-deps] [--no-start] [--root DIR] [--bundle DIR] [--trust FILE.pub]
       install.sh --rollback

  --no-deps     do not apt-get install cage and the libraries Qt needs
  --no-start    install and enable the service, but do not (re)start it now
  --root DIR    install below DIR instead of / (a disk image, a test); no users, apt or systemctl
  --bundle DIR  the built bundle to install (default: the folder above this script)
  --trust FILE.pub  trust the content packages this public key (from `kiosk keygen`)
                signs: copied to /etc/kiosk/keys/ and listed under trusted_keys (again for more)
  --rollback    make the previous release current again and restart
EOF
}

PACKAGES=(
    cage xwayland dbus libpam-systemd       # compositor (Debian's cage will not start without
                                            # Xwayland) and the login session
    libegl1 libgl1 libgles2 libegl-mesa0 libgl1-mesa-dri libdrm2 libgbm1   # GPU drawing
    libwayland-client0 libwayland-cursor0 libwayland-egl1     # Qt's Wayland platform
    libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1      # Qt's X11 platform (XWayland)
    libxkbcommon0 libfontconfig1 libdbus-1-3
    espeak-ng at-spi2-core                  # reading aloud; screen readers (Orca) reach the kiosk
)
KEEP_RELEASES=3

root="" deps=1 start=1 bundle="" rollback=0 trust=()
while (($#)); do
    case $1 in
        --root) root=${2:?}; shift 2 ;;
        --bundle) bundle=${2:?}; shift 2 ;;
        --no-deps) deps=0; shift ;;
        --no-start) start=0; shift ;;
        --rollback) rollback=1; shift ;;
        --trust) trust+=("${2:?}"); shift 2 ;;
        -h | --help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done

say() { printf 'install: %s\n' "$*"; }
die() { printf 'install: error: %s\n' "$*" >&2; exit 1; }
live() { [[ -z $root ]]; }  # installing on this machine (not below --root)

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
opt=$root/opt/kiosk
if live; then
    ((EUID == 0)) || die "run as root: sudo $0 $*"
    command -v systemctl >/dev/null || die "this machine has no systemd"
fi

releases() {  # installed releases, oldest first (their names start with the install time)
    find "$opt/releases" -mindepth 1 -maxdepth 1 -type d ! -name '*.tmp' -printf '%f\n' 2>/dev/null | sort
}

restart() {
    live && ((start)) || return 0
    say "starting the kiosk (waits for its first frame)"
    if ! systemctl restart kiosk.service; then
        journalctl -u kiosk.service -n 40 --no-pager >&2 || true
        die "the kiosk did not start; see the log above and docs/deploy.md"
    fi
}

if ((rollback)); then
    current=$(readlink "$opt/current" || true)
    previous=$(releases | grep -B1 -xF "${current#releases/}" | head -n1 || true)
    [[ -n $previous && releases/$previous != "$current" ]] || die "no release before ${current:-none}"
    ln -sfn "releases/$previous" "$opt/current.new" && mv -T "$opt/current.new" "$opt/current"
    say "current release: $previous (was ${current#releases/})"
    restart
    exit 0
fi

bundle=$(cd "${bundle:-$here/..}" && pwd)
[[ -x $bundle/kiosk && -d $bundle/_internal ]] ||
    die "no kiosk bundle in $bundle: run the install.sh inside a built bundle (dist/kiosk/linux/)"

# 1. The libraries Qt and cage need (everything else ships inside the bundle).
if live && ((deps)); then
    command -v apt-get >/dev/null || die "no apt-get: install ${PACKAGES[*]} yourself, then use --no-deps"
    say "installing ${PACKAGES[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}"
fi

# 2. The dedicated, unprivileged user (no password, no shell; its home is /var/lib/kiosk).
if live; then
    if ! id kiosk >/dev/null 2>&1; then
        say "creating the user kiosk"
        useradd --system --user-group --home-dir /var/lib/kiosk --no-create-home \
            --shell /usr/sbin/nologin --comment "exhibition kiosk" kiosk
    fi
    for group in video render input; do  # the screen and touch without a compositor
        getent group "$group" >/dev/null && usermod -aG "$group" kiosk
    done
fi

# 3. The bundle, as a new release; checked before it goes live.
version=$("$bundle/kiosk" --version) || die "$bundle/kiosk does not run on this machine"
version=$(printf '%s' "$version" | awk '{print $2; exit}')
name="$(date +%Y%m%d-%H%M%S)-$version" copied=0
install -d -m 0755 "$opt/releases"
if [[ $bundle == "$(cd "$opt/releases" && pwd)"/* ]]; then
    name=$(basename "$bundle")  # re-running an installed release: no copy
else
    while [[ -e $opt/releases/$name ]]; do name+="+"; done
    say "copying the bundle to $opt/releases/$name"
    rm -rf "$opt/releases/$name.tmp"
    cp -a "$bundle" "$opt/releases/$name.tmp"
    chmod -R u=rwX,go=rX "$opt/releases/$name.tmp"
    mv -T "$opt/releases/$name.tmp" "$opt/releases/$name"
    copied=1
fi
if ! "$opt/releases/$name/kiosk" validate >/dev/null; then
    ((copied)) && rm -rf "${opt:?}/releases/$name"
    die "the new release cannot read its own bundled hall; nothing was changed"
fi
ln -sfn "releases/$name" "$opt/current.new" && mv -T "$opt/current.new" "$opt/current"
install -d -m 0755 "$root/usr/local/bin"
ln -sfn /opt/kiosk/current/kiosk "$root/usr/local/bin/kiosk"
# Keep the newest few releases (and always the current one).
current=$(readlink "$opt/current")
releases | head -n -"$KEEP_RELEASES" | while read -r old; do
    [[ releases/$old == "$current" ]] || rm -rf -- "${opt:?}/releases/$old"
done

# 4. Settings and content: written the first time only, never overwritten.
install -d -m 0755 "$root/etc/kiosk"
for file in kiosk.yaml kiosk.env; do
    if [[ ! -e $root/etc/kiosk/$file ]]; then
        # Written whole or not at all (a temporary file renamed over it). kiosk.yaml holds the
        # staff PIN's hash: root writes it, the kiosk's group reads it, nobody else (0640).
        install -m 0640 "$here/$file" "$root/etc/kiosk/.$file.new"
        live && chgrp kiosk "$root/etc/kiosk/.$file.new"
        sync "$root/etc/kiosk/.$file.new" 2>/dev/null || true
        mv -T "$root/etc/kiosk/.$file.new" "$root/etc/kiosk/$file"
        say "wrote /etc/kiosk/$file"
    fi
done
if live && [[ $(stat -c %a /etc/kiosk/kiosk.yaml) != 640 ]]; then  # from an older install
    chgrp kiosk /etc/kiosk/kiosk.yaml && chmod 0640 /etc/kiosk/kiosk.yaml
    say "made /etc/kiosk/kiosk.yaml readable by root and the kiosk's group only"
fi
install -d -m 0755 "$root/var/lib/kiosk/halls" "$root/var/log/kiosk" "$root/var/cache/kiosk"
if [[ -z $(ls -A "$root/var/lib/kiosk/halls") ]]; then
    say "copying the bundled halls to /var/lib/kiosk/halls"
    cp -a "$bundle/_internal/kiosk/halls/." "$root/var/lib/kiosk/halls/"
fi
# Packages arrive in the inbox (Syncthing, rsync: docs/fleet.md) and are unpacked under content.
install -d -m 0755 "$root/var/lib/kiosk/inbox" "$root/var/lib/kiosk/content"
live && chown -R kiosk:kiosk /var/lib/kiosk /var/log/kiosk /var/cache/kiosk

# The state for node_exporter's textfile collector (fleet.prometheus_file): the kiosk user
# writes kiosk.prom there (a temporary file renamed over it, so it needs the folder).
textfiles=$root/var/lib/prometheus/node-exporter
if [[ ! -d $textfiles ]]; then
    install -d -m 0755 "$textfiles"
    live && chown kiosk "$textfiles"
elif live && ! runuser -u kiosk -- test -w "$textfiles" 2>/dev/null; then
    if command -v setfacl >/dev/null; then
        setfacl -m u:kiosk:rwx "$textfiles"
    else
        say "warning: the kiosk cannot write $textfiles (install acl, or: chgrp kiosk; chmod g+w)"
    fi
fi

# Public keys whose signed packages this kiosk installs (--trust).
for key in "${trust[@]}"; do
    [[ -f $key && ! -L $key && $(stat -c %s "$key") -lt 4096 ]] ||
        die "$key is not a public key file (PREFIX.pub from kiosk keygen)"
    [[ $(wc -l <"$key") -le 1 ]] && grep -Eq '^ssh-ed25519 [A-Za-z0-9+/]+=*( .*)?$' "$key" ||
        die "$key is not an Ed25519 public key from kiosk keygen (give PREFIX.pub, never PREFIX)"
    name=$(basename -- "$key")
    [[ $name == *.pub ]] || die "$key: a public key's name ends in .pub"
    install -d -m 0755 "$root/etc/kiosk/keys"
    install -m 0644 "$key" "$root/etc/kiosk/keys/.$name.new"
    mv -T "$root/etc/kiosk/keys/.$name.new" "$root/etc/kiosk/keys/$name"
    settings=$root/etc/kiosk/kiosk.yaml new=$root/etc/kiosk/.kiosk.yaml.new entry=/etc/kiosk/keys/$name
    if grep -Eq "^trusted_keys:.*[[ ,]$entry[], ]" "$settings"; then
        say "the key $entry was trusted already (replaced by this copy)"
        continue
    fi
    if grep -Eq '^trusted_keys: *\[ *\]' "$settings"; then
        sed -E "s|^trusted_keys: *\[ *\]|trusted_keys: [$entry]|" "$settings" >"$new"
    elif grep -Eq '^trusted_keys: *\[' "$settings"; then
        sed -E "s|^trusted_keys: *\[|trusted_keys: [$entry, |" "$settings" >"$new"
    elif grep -Eq '^trusted_keys:' "$settings"; then
        die "$settings lists trusted_keys in a form this script cannot extend: add $entry there"
    else
        { cat "$settings"; printf '\ntrusted_keys: [%s]   # added by install.sh --trust\n' "$entry"; } >"$new"
    fi
    chmod 0640 "$new"
    live && chgrp kiosk "$new"
    mv -T "$new" "$settings"
    say "trusting packages signed by $entry (trusted_keys in /etc/kiosk/kiosk.yaml)"
done

# 5. The login session and the service.
install -d -m 0755 "$root/etc/pam.d" "$root/etc/systemd/system"
install -m 0644 "$here/kiosk.pam" "$root/etc/pam.d/kiosk"
install -m 0644 "$here/kiosk.service" "$root/etc/systemd/system/kiosk.service"
if live; then
    systemctl daemon-reload
    systemctl enable kiosk.service
    if [[ $(systemctl get-default) != graphical.target ]]; then
        systemctl set-default graphical.target
    fi
    if systemctl is-enabled display-manager.service >/dev/null 2>&1; then
        say "warning: a display manager (desktop login) is enabled; it competes for the screen:"
        say "         sudo systemctl disable display-manager.service"
    fi
fi
restart
say "installed kiosk $version ($name)"
