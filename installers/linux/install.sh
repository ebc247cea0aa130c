#!/bin/sh
# Install DESEO Cluster Designer for you alone: no administrator rights, no internet.
#
#   sh install.sh
#
# Run it from the unpacked folder. It copies that folder to ~/.local/opt/deseo (an older
# version there is replaced in one swap), links ~/.local/bin/deseo to the program, and adds the
# menu entry, the .deseo file type and the icons under ~/.local/share (or $XDG_DATA_HOME).
# Every file it adds outside ~/.local/opt/deseo is listed in ~/.local/opt/deseo/.installed-files,
# which uninstall.sh reads to remove exactly those. Your designs are never touched.
set -eu

say() { printf '%s\n' "$*"; }
die() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

[ -n "${HOME:-}" ] || die "HOME is not set"
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd -P)

# XDG base directories: only an absolute path counts (the specification says to ignore others).
data_home=${XDG_DATA_HOME:-}
case $data_home in /*) ;; *) data_home=$HOME/.local/share ;; esac
bin_home=${XDG_BIN_HOME:-}
case $bin_home in /*) ;; *) bin_home=$HOME/.local/bin ;; esac
opt_parent=$HOME/.local/opt
target=$opt_parent/deseo
designs="$data_home/DESEO Cluster Designer"  # deseo_desktop/store/paths.py APP_FOLDER
manifest_name=.installed-files

# What the folder must hold: the program and share/ (applications, mime, icons).
if [ ! -f "$here/deseo" ] || [ ! -x "$here/deseo" ]; then
    die "no program 'deseo' beside this script: run the install.sh of the unpacked folder"
fi
set -- "$here"/share/applications/*.desktop
if [ $# -ne 1 ] || [ ! -f "$1" ]; then
    die "expected one .desktop file in $here/share/applications"
fi
app_id=$(basename -- "$1" .desktop)
[ -f "$here/share/mime/packages/$app_id.xml" ] || die "missing share/mime/packages/$app_id.xml"
[ -d "$here/share/icons/hicolor" ] || die "missing share/icons/hicolor"

# 1. The program folder: copied beside the old one under a temporary name, then swapped in.
mkdir -p -- "$opt_parent"
new=$opt_parent/.deseo-new.$$
old=$opt_parent/.deseo-old.$$
trap 'rm -rf -- "$new"' EXIT
trap 'exit 1' HUP INT TERM
rm -rf -- "$new"
cp -RPp -- "$here" "$new"
chmod u+rwx -- "$new"
rm -f -- "$new/$manifest_name"

# 2. The files added outside the program folder, listed before they are written.
applications=$data_home/applications
mime_packages=$data_home/mime/packages
icons=$data_home/icons/hicolor
link=$bin_home/deseo
{
    printf '%s\n' "$applications/$app_id.desktop" "$mime_packages/$app_id.xml"
    (cd "$here/share/icons/hicolor" && find . -type f | LC_ALL=C sort) | while IFS= read -r rel; do
        printf '%s\n' "$icons/${rel#./}"
    done
} >"$new/$manifest_name"

# The link is made where there is none, or ours, or a dangling one; another deseo there (pip's
# or pipx's, say) is left alone.
make_link=yes
if [ -L "$link" ]; then
    if [ -e "$link" ] && [ "$(readlink -- "$link")" != "$target/deseo" ]; then make_link=no; fi
elif [ -e "$link" ]; then
    make_link=no
fi
if [ "$make_link" = yes ]; then
    printf '%s\n' "$link" >>"$new/$manifest_name"
fi

# The swap: the old folder moves aside, the new one takes its name, the old one goes.
if [ -e "$target" ] || [ -L "$target" ]; then
    if [ -f "$target/$manifest_name" ]; then
        # Files the older version added that this one does not add again (a retired icon size).
        while IFS= read -r f; do
            [ -n "$f" ] || continue
            grep -Fxq -- "$f" "$new/$manifest_name" && continue
            if [ -f "$f" ] || [ -L "$f" ]; then rm -f -- "$f"; fi
        done <"$target/$manifest_name"
    fi
    mv -- "$target" "$old"
    mv -- "$new" "$target"
    rm -rf -- "$old"
else
    mv -- "$new" "$target"
fi
trap - EXIT

# 3. The command: ~/.local/bin/deseo -> ~/.local/opt/deseo/deseo.
if [ "$make_link" = yes ]; then
    mkdir -p -- "$bin_home"
    rm -f -- "$link"
    ln -s -- "$target/deseo" "$link"
fi

# 4. The menu entry, with Exec= naming the installed program by its absolute path, quoted as
#    the Desktop Entry specification asks (\ " ` $ escaped in the argument, then \ doubled in
#    the string, % written %%).
quoted=$(printf '%s\n' "$target/deseo" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g' -e 's/%/%%/g')
mkdir -p -- "$applications"
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        Exec=*) printf 'Exec="%s" %%f\n' "$quoted" ;;
        *) printf '%s\n' "$line" ;;
    esac
done <"$target/share/applications/$app_id.desktop" >"$applications/.$app_id.desktop.$$"
mv -f -- "$applications/.$app_id.desktop.$$" "$applications/$app_id.desktop"

# 5. The .deseo file type and the icons.
mkdir -p -- "$mime_packages"
cp -f -- "$target/share/mime/packages/$app_id.xml" "$mime_packages/$app_id.xml"
(cd "$target/share/icons/hicolor" && find . -type f) | while IFS= read -r rel; do
    rel=${rel#./}
    mkdir -p -- "$icons/$(dirname -- "$rel")"
    cp -f -- "$target/share/icons/hicolor/$rel" "$icons/$rel"
done

# 6. The desktop's caches, with whichever tools this system has.
if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$data_home/mime" >/dev/null 2>&1 || say "note: update-mime-database failed"
fi
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$applications" >/dev/null 2>&1 || true
fi
# An icon cache of one's own is refreshed only where one already exists: a new cache would go
# stale the day another program adds an icon without refreshing it. Touching the folder is
# enough for the desktop to look again.
touch -- "$icons"
if [ -f "$icons/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t -f "$icons" >/dev/null 2>&1 || true
fi

say "DESEO Cluster Designer is installed in $target"
say "  Start it from the applications menu, or with: $link"
if [ "$make_link" = no ]; then
    say "  ($link already exists and is not ours: it was left as it is; use $target/deseo)"
else
    case ":${PATH:-}:" in
        *":$bin_home:"*) say "  or simply: deseo" ;;
        *) say "  ($bin_home is not on your PATH: type the full path, or log out and in again)" ;;
    esac
fi
say "  Your designs are kept in: $designs"
say "  To uninstall: sh \"$target/uninstall.sh\""
