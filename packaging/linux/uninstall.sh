#!/usr/bin/env bash
# Remove the kiosk program and its service. Keeps the content (/var/lib/kiosk: halls and the
# usage database), the settings (/etc/kiosk), the logs and the user "kiosk", unless --purge.
set -euo pipefail

root="" purge=0
while (($#)); do
    case $1 in
        --purge) purge=1; shift ;;
        --root) root=${2:?}; shift 2 ;;
        -h | --help)
            echo "usage: uninstall.sh [--purge] [--root DIR]"
            echo "  --purge     also delete halls, usage database, settings, logs and the user kiosk"
            echo "  --root DIR  remove from below DIR instead of / (no systemctl, no userdel)"
            exit 0 ;;
        *) echo "usage: uninstall.sh [--purge] [--root DIR]" >&2; exit 2 ;;
    esac
done

say() { printf 'uninstall: %s\n' "$*"; }
live() { [[ -z $root ]]; }

if live; then
    ((EUID == 0)) || { echo "uninstall: error: run as root: sudo $0 $*" >&2; exit 1; }
    systemctl disable --now kiosk.service 2>/dev/null || true
fi
rm -f "$root/etc/systemd/system/kiosk.service" "$root/etc/pam.d/kiosk"
if [[ $(readlink "$root/usr/local/bin/kiosk" 2>/dev/null) == /opt/kiosk/* ]]; then
    rm -f "$root/usr/local/bin/kiosk"
fi
rm -rf "$root/opt/kiosk" "$root/var/cache/kiosk"
live && systemctl daemon-reload
say "removed the program, the service and the image cache"

if ((purge)); then
    rm -rf "$root/var/lib/kiosk" "$root/etc/kiosk" "$root/var/log/kiosk"
    if live && id kiosk >/dev/null 2>&1; then
        userdel kiosk
    fi
    say "purged the halls, usage database, settings, logs and the user kiosk"
else
    say "kept: /var/lib/kiosk (halls, usage.db), /etc/kiosk (settings), /var/log/kiosk"
    say "      (delete them too with: uninstall.sh --purge)"
fi
