"""The daily report as a reader sees it: the figures, both languages, the PDF file itself."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from controllers.report.report_controller import headless_report_controller
from models.records import Actor, Role
from ui.common.formatting import format_money_cents, format_unit_value
from ui.report import report_pdf
from ui.report.daily_report import DailyReportLayout
from ui.report.report_pdf import ReportError, build_document, write_pdf

CEO = Actor("陈立行", Role.COMMANDER)


@pytest.fixture
def report_for(qapp, demo_store, clock, qsettings):
    """``report_for("zh")``: the report gathered with that UI language active."""
    from controllers.language_controller import LanguageController
    from models.resource_paths import TRANSLATIONS_DIR

    language = LanguageController(TRANSLATIONS_DIR, qapp)
    reports = headless_report_controller(demo_store, clock, qsettings, qapp)

    def make(code: str):
        language.set_language(code)
        return reports.daily_report(CEO)

    yield make
    language.set_language("en")  # the next test starts in English
    reports.parent().deleteLater()
    language.deleteLater()


def document_text(report) -> str:
    layout = DailyReportLayout(report)
    return build_document(report, layout).toPlainText()


def test_report_shows_the_figures_a_reader_checks(report_for):
    report = report_for("en")
    text = document_text(report)
    assert "Double 11, 2026 — daily war-room report" in text
    assert "prepared by 陈立行 (commander)" in text
    assert "Report time 11/10/26 20:00 (Asia/Shanghai)" in text
    for figure in report.overview.kpis:
        assert figure.kpi.name_en in text
        if figure.value is not None:
            assert format_unit_value(figure.value, figure.kpi.unit) in text
    for gate in report.overview.gates:
        assert gate.milestone.name_en in text
    for incident in report.overview.open_incidents:
        assert incident.title in text
    assert format_money_cents(report.budget.total.planned) in text
    assert "70/30 rule met" in text
    for row in report.board:
        assert f"{row.progress.finished}/{row.progress.total}" in text


def test_kpi_state_is_written_not_only_coloured(report_for):
    report = report_for("en")
    html = DailyReportLayout(report).html()
    states = {figure.state for figure in report.overview.kpis}
    assert len(states) >= 2, "the demo shows more than one state"
    layout = DailyReportLayout(report)
    for state in states:
        assert layout.state_text(state) in html
    on_target = re.search(r'<td style="color: (#[0-9A-Fa-f]{6});[^>]*>● On target', html)
    no_data = re.search(r'<td style="color: (#[0-9A-Fa-f]{6});[^>]*>○ No data yet', html)
    assert on_target and no_data and on_target.group(1) != no_data.group(1)


def test_report_in_chinese(report_for):
    report = report_for("zh")
    text = document_text(report)
    assert "2026 双十一 — 作战室日报" in text
    assert "关键指标" in text
    assert "全品类GMV" in text  # KPI names in the UI language
    assert any(d.name_zh in text for d in report.departments.values())
    assert "Double 11, 2026" not in text


def test_pdf_is_a4_with_pages_and_embeds_the_cjk_font(report_for, tmp_path: Path):
    path = tmp_path / "日报.pdf"
    pages = write_pdf(report_for("zh"), path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(data) > 20_000
    assert pages >= 2
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == pages
    assert b"/MediaBox [0 0 595" in data  # A4 width in points
    assert b"NotoSansCJK" in data  # Chinese glyphs come from the CJK font, not boxes
    assert [p.name for p in tmp_path.iterdir()] == ["日报.pdf"]  # no temporary file left


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_pdf_text_holds_the_figures(report_for, tmp_path: Path):
    report = report_for("zh")
    path = tmp_path / "report.pdf"
    write_pdf(report, path)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    # NFKC: the PDF maps a few shared CJK glyphs to Kangxi radicals (⼗ for 十) on extraction.
    squeezed = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    assert "作战室日报" in squeezed
    assert report.overview.open_incidents[0].title in squeezed
    assert re.search(r"第1.,共\d", squeezed)  # the footer's page count, in Chinese


def test_unwritable_path_gives_a_clear_message_and_no_file(report_for, tmp_path: Path):
    report = report_for("en")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(ReportError, match=r"Cannot write the report to .*not-a-folder/out\.pdf"):
        write_pdf(report, blocker / "out.pdf")
    with pytest.raises(ReportError, match="is a folder"):
        write_pdf(report, tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["not-a-folder"]


def test_failed_export_keeps_the_previous_report_and_leaves_no_half_file(
    report_for, tmp_path: Path, monkeypatch
):
    report = report_for("en")
    path = tmp_path / "report.pdf"
    write_pdf(report, path)
    previous = path.read_bytes()

    def fail_halfway(report, target: Path) -> int:
        target.write_bytes(b"%PDF-1.4 half a report")
        raise RuntimeError("the painter died")

    monkeypatch.setattr(report_pdf, "_paint", fail_halfway)
    with pytest.raises(RuntimeError):
        write_pdf(report, path)
    assert path.read_bytes() == previous
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
