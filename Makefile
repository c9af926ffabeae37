# War Room: every target creates .venv and installs pinned dependencies first.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
SYSTEM_PACKAGES := fonts-noto-cjk
GUI_PACKAGES := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1
ARGS ?=
# The demo replays the campaign clock from ten minutes before D-day: the midnight spike comes live.
RUN_ARGS ?= --clock 2026-11-10T23:50

.PHONY: run test lint bench i18n-update screenshots system-deps gui-deps clean

run: $(STAMP) $(QM) system-deps gui-deps
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	  echo "No display found (DISPLAY is not set)."; \
	  echo "  Run it on a virtual screen:   xvfb-run -a $(BIN)/python main.py $(RUN_ARGS) $(ARGS)"; \
	  echo "  Or render views to PNG:       $(BIN)/python main.py screenshot overview.png"; \
	  exit 2; \
	fi
	$(BIN)/python main.py $(RUN_ARGS) $(ARGS)

test: $(STAMP) $(QM) system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy

bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

screenshots: $(STAMP) $(QM) system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/make_screenshots.py

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Regenerate the .ts sources from the code (keeps existing translations). English needs
# only the plural forms of %n messages ("1 alert" / "2 alerts").
i18n-update: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete app ui controllers models/tables -ts resources/translations/warroom_zh_CN.ts
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -pluralonly -source-language en_US -target-language en_US app ui controllers models/tables -ts resources/translations/warroom_en.ts

# Chinese text renders as boxes without a CJK font; install it when we can.
system-deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq $$missing >/dev/null; \
	  else echo "Hint: install the CJK font so Chinese renders: sudo apt-get install$$missing"; fi; \
	fi

# Qt's xcb plugin needs these for a real window; not needed offscreen.
gui-deps:
	@missing=""; for p in $(GUI_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq $$missing >/dev/null; \
	  else echo "Hint: a real window needs: sudo apt-get install$$missing"; fi; \
	fi

clean:
	rm -rf $(VENV) resources/translations/*.qm
