"""Every QSettings key is declared once, with a type and a default."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from controllers.settings import OPTIONS, Settings

ROOT = Path(__file__).resolve().parents[2]
KEY_USE = re.compile(r"""\.(?:value|set_value|reset)\(\s*["']([a-z_]+/[a-z_]+)["']""")


def _used_keys() -> set[str]:
    found = set()
    for folder in ("app", "ui", "controllers", "models"):
        for path in (ROOT / folder).rglob("*.py"):
            found |= set(KEY_USE.findall(path.read_text(encoding="utf-8")))
    return found


def test_code_uses_only_declared_keys_and_every_declared_key_is_used():
    used = _used_keys()
    assert used - set(OPTIONS) == set(), "undeclared settings keys"
    assert set(OPTIONS) - used == set(), "declared but unused settings keys"


def test_values_are_typed_and_defaults_apply(qsettings):
    settings = Settings(qsettings)
    assert settings.value("ui/theme") == "dark"
    settings.set_value("plan/lag_margin", 25)
    assert settings.value("plan/lag_margin") == 25
    qsettings.setValue("plan/lag_margin", "not a number")
    assert settings.value("plan/lag_margin") == OPTIONS["plan/lag_margin"].default
    with pytest.raises(TypeError):
        settings.set_value("plan/lag_margin", "25")
    with pytest.raises(KeyError):
        settings.value("ui/undeclared")
