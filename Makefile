# Everything a fresh machine needs: `make run` opens the app, `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LANGS := it fr sv es
GUI_SOURCES = $(shell find deseo_desktop/gui -name '*.py' ! -path '*/forms/*' | sort) $(wildcard ui/*.ui)

# The Debian packages the tests need (Qt offscreen, fonts, PDF rendering). One list, checked
# with dpkg -s so a package installed by hand on one machine cannot hide from CI.
DEBIAN_TEST_PACKAGES := libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 \
	libdbus-1-3 fonts-dejavu-core poppler-utils util-linux libreoffice-calc-nogui \
	desktop-file-utils appstream

#  fuzz: atheris on both importers, FUZZ_SECONDS each (findings are written as crash-* files).
FUZZ_SECONDS ?= 60

.PHONY: run test torture fuzz bench lint forms translations screenshots debian-deps clean \
	icons dist dist-check

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

run: $(STAMP)
	$(BIN)/deseo

debian-deps:
	@missing=""; \
	for p in $(DEBIAN_TEST_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
			echo "Installing Debian packages:$$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
		else \
			echo "Missing Debian packages (install them as root):$$missing"; \
		fi; \
	fi

test: $(STAMP)
	@if command -v dpkg >/dev/null 2>&1; then $(MAKE) --no-print-directory debian-deps; fi
	env -u PYTHONDONTWRITEBYTECODE QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

torture: $(STAMP)
	env -u PYTHONDONTWRITEBYTECODE QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -m torture -o addopts="-p no:cacheprovider"

fuzz: $(STAMP)
	$(BIN)/pip install -q atheris
	for target in design csv xlsx; do \
		$(BIN)/python tools/fuzz_importers.py $$target -max_total_time=$(FUZZ_SECONDS) || exit 1; \
	done

bench: $(STAMP)
	env -u PYTHONDONTWRITEBYTECODE QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_startup.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports

# ui/*.ui are the single source of the static layouts; the Python is generated and committed.
forms: $(STAMP)
	@for f in ui/*.ui; do \
		name=$$(basename $$f .ui); \
		$(BIN)/pyside6-uic $$f -o deseo_desktop/gui/forms/ui_$$name.py; \
	done

translations: $(STAMP)
	@for l in $(LANGS); do \
		$(BIN)/pyside6-lupdate -silent -locations none -no-obsolete $(GUI_SOURCES) \
			-ts resources/translations/deseo_$$l.ts; \
		$(BIN)/pyside6-lrelease -silent resources/translations/deseo_$$l.ts -qm resources/translations/deseo_$$l.qm; \
	done
	@# English needs only its plural forms ("1 design", "2 designs").
	$(BIN)/pyside6-lupdate -silent -locations none -pluralonly $(GUI_SOURCES) -ts resources/translations/deseo_en.ts
	$(BIN)/python tools/english_plurals.py resources/translations/deseo_en.ts
	$(BIN)/pyside6-lrelease -silent resources/translations/deseo_en.ts -qm resources/translations/deseo_en.qm

# The icons of every system, rendered from resources/icons/deseo.svg (commit the results).
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python installers/icons.py

# The wheel, the one-folder build (PyInstaller, for the system it runs on) and, on Linux, the
# archive with its install script. Windows and macOS: see installers/windows and installers/macos.
dist: $(STAMP)
	$(BIN)/pip install --quiet -e '.[dist]'
	rm -rf dist build/pyinstaller
	$(BIN)/pip wheel --quiet --no-deps . -w dist
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller installers/deseo.spec
	$(BIN)/python installers/linux/build.py --dist dist

# The wheel in a fresh venv; the Linux archive in a bare Debian 12 (debootstrap, needs root).
dist-check: dist
	@command -v debootstrap >/dev/null 2>&1 || { apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap; }
	$(BIN)/python installers/check_dist.py all

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py screenshots

clean:
	rm -rf $(VENV) build dist *.egg-info
