#!/bin/sh
# Uninstall DESEO Cluster Designer (what install.sh added, and nothing else).
#
#   sh ~/.local/opt/deseo/uninstall.sh                       keeps your designs
#   sh ~/.local/opt/deseo/uninstall.sh --delete-my-designs   deletes them too, for good
#
# Removes ~/.local/opt/deseo and the files listed in its .installed-files (the menu entry, the
# .deseo file type, the icons, the ~/.local/bin/deseo link). Your designs, in
# ~/.local/share/DESEO Cluster Designer (or $XDG_DATA_HOME/DESEO Cluster Designer), stay unless
# you give --delete-my-designs.
set -eu

say() { printf '%s\n' "$*"; }
die() { printf 'uninstall.sh: %s\n' "$*" >&2; exit 1; }

delete_designs=no
for arg in "$@"; do
    case $arg in
        --delete-my-designs) delete_designs=yes ;;
        -h | --help)
            sed -n '2,11s/^# \{0,1\}//p' "$0"
            exit 0
            ;;
        *) die "unknown option: $arg (the only one is --delete-my-designs)" ;;
    esac
done

[ -n "${HOME:-}" ] || die "HOME is not set"
data_home=${XDG_DATA_HOME:-}
case $data_home in /*) ;; *) data_home=$HOME/.local/share ;; esac
opt_parent=$HOME/.local/opt
target=$opt_parent/deseo
manifest=$target/.installed-files
designs="$data_home/DESEO Cluster Designer"  # deseo_desktop/store/paths.py APP_FOLDER
config="${XDG_CONFIG_HOME:-$HOME/.config}/DESEO"

if [ ! -d "$target" ]; then
    say "DESEO Cluster Designer is not installed in $target: nothing to remove there."
else
    dirs_touched=
    if [ -f "$manifest" ]; then
        while IFS= read -r f; do
            [ -n "$f" ] || continue
            case $f in /*) ;; *) continue ;; esac  # only the absolute paths install.sh wrote
            if [ -L "$f" ]; then
                # The command link goes only while it still points at this installation.
                case $(readlink -- "$f") in
                    "$target"/*) rm -f -- "$f" ;;
                    *) say "left $f: it no longer points into $target" ;;
                esac
            elif [ -f "$f" ]; then
                rm -f -- "$f"
                dirs_touched="$dirs_touched
$(dirname -- "$f")"
            fi
        done <"$manifest"
    else
        say "note: $manifest is missing: only $target is removed."
    fi
    rm -rf -- "$target"
    rmdir -- "$opt_parent" 2>/dev/null || true

    # Icon folders install.sh created and that are now empty (48x48/apps, then 48x48).
    printf '%s\n' "$dirs_touched" | while IFS= read -r d; do
        case $d in
            */icons/hicolor/*/*)
                if rmdir -- "$d" 2>/dev/null; then rmdir -- "$(dirname -- "$d")" 2>/dev/null || true; fi
                ;;
        esac
    done

    if command -v update-mime-database >/dev/null 2>&1 && [ -d "$data_home/mime/packages" ]; then
        update-mime-database "$data_home/mime" >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$data_home/applications" ]; then
        update-desktop-database -q "$data_home/applications" >/dev/null 2>&1 || true
    fi
    icons=$data_home/icons/hicolor
    if [ -f "$icons/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f "$icons" >/dev/null 2>&1 || true
    fi
    say "DESEO Cluster Designer is uninstalled."
fi

if [ "$delete_designs" = yes ]; then
    if [ -e "$designs" ]; then
        rm -rf -- "$designs"
        say "Your designs and their backups are deleted: $designs"
    else
        say "There were no designs in $designs."
    fi
elif [ -e "$designs" ]; then
    say "Your designs are kept in: $designs"
    say "  (the database designs.db and its backups; delete that folder, or run this script"
    say "  with --delete-my-designs, to remove them too)"
fi
if [ -d "$config" ]; then
    say "Your settings are in $config (small; delete the folder if you like)."
fi
