"""Small hand-made matrices shared by the RACI tests."""

from __future__ import annotations

import pytest

from models.raci.building import matrix_from_grid
from models.raci.matrix import MatrixActivity, ResponsibilityMatrix

DEPARTMENTS = ("HQ", "MER", "LOG", "TECH")
ACTIVITIES = (
    MatrixActivity("gates", "阶段门验收", "Phase gate sign-off", "plan"),
    MatrixActivity("stock", "库存同步", "Inventory sync", "merchandise"),
    MatrixActivity("ddos", "DDoS防护", "DDoS protection", "tech"),
    MatrixActivity("kol", "KOL与直播", "KOL and live streaming", "marketing"),
)


@pytest.fixture
def sound() -> ResponsibilityMatrix:
    """Every activity with exactly one A and at least one R."""
    return matrix_from_grid(
        ACTIVITIES,
        DEPARTMENTS,
        {
            "gates": {"HQ": "A/R", "MER": "C", "TECH": "I"},
            "stock": {"HQ": "I", "MER": "A", "LOG": "R", "TECH": "C"},
            "ddos": {"HQ": "I", "TECH": "R/A"},
            "kol": {"HQ": "A", "MER": "R", "LOG": "R", "TECH": "c/i"},
        },
    )
