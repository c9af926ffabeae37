"""Writes the daily report to an A4 PDF: QTextDocument pages, a footer, one chart image.

The file is written next to the target under a temporary name and renamed at the end, so
a failed export never leaves a half-written report (nor destroys the previous one).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from controllers.report.report_controller import ChartData, DailyReport
from models.atomic_file import written_atomically
from models.errors import WarRoomError
from models.tables.labels import localized
from ui.common.formatting import format_unit_value
from ui.report.daily_report import CHART_URL, DailyReportLayout
from ui.shell.theme import LIGHT

RESOLUTION_DPI = 300
MARGIN_MM = 15
FOOTER_PT = 7.5
# The CJK font carries Latin too, so both languages look alike; fontconfig falls back for
# symbols it lacks.
FONT_FAMILIES = ["Noto Sans CJK SC", "Noto Sans SC", "Noto Sans", "DejaVu Sans"]
CHART_SIZE = (1800, 560)  # pixels at RESOLUTION_DPI: the content width, a third as high


class ReportError(WarRoomError):
    """The report could not be written; the message names the file and the reason."""


def report_font(point_size: float) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(point_size)
    return font


def build_document(
    report: DailyReport, layout: DailyReportLayout, device: QPagedPaintDevice | None = None
) -> QTextDocument:
    """The report as a QTextDocument laid out for ``device`` (a local: the caller drops it)."""
    document = QTextDocument()
    if device is not None:
        document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(report_font(9.5))
    document.setDocumentMargin(0)
    with_chart = report.chart is not None
    if with_chart:
        image = chart_image(report.chart)  # type: ignore[arg-type]
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), image)
    document.setHtml(layout.html(with_chart=with_chart))
    return document


def write_pdf(report: DailyReport, path: Path) -> int:
    """Write the report to ``path`` (A4, the UI language); returns the number of pages.

    Raises ``ReportError`` with a message fit to show when the file cannot be written.
    """
    path = Path(path)
    if path.is_dir():
        raise ReportError(
            QCoreApplication.translate(
                "ReportPdf", "Cannot write the report: %1 is a folder."
            ).replace("%1", str(path))
        )
    try:
        with written_atomically(path) as temp:
            pages = _paint(report, temp)
            if temp.stat().st_size == 0:
                raise OSError("nothing was written")
    except OSError as error:
        raise ReportError(_cannot_write(path, error)) from error
    return pages


def _cannot_write(path: Path, error: OSError) -> str:
    reason = error.strerror or str(error)
    return (
        QCoreApplication.translate("ReportPdf", "Cannot write the report to %1: %2")
        .replace("%1", str(path))
        .replace("%2", reason)
    )


def _paint(report: DailyReport, target: Path) -> int:
    layout = DailyReportLayout(report)
    writer = QPdfWriter(str(target))
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(layout.title())
    writer.setCreator("War Room")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = build_document(report, layout, writer)
    width, height = writer.width(), writer.height()
    footer_height = round(FOOTER_PT / 72 * RESOLUTION_DPI * 2.2)
    body_height = height - footer_height
    document.setPageSize(QSizeF(width, body_height))
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(
            QCoreApplication.translate("ReportPdf", "the file cannot be opened for writing")
        )
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * body_height)
            document.drawContents(painter, QRectF(0, page * body_height, width, body_height))
            painter.restore()
            _paint_footer(painter, layout.footer(page + 1, pages), width, height, footer_height)
    finally:
        painter.end()
    return pages


def _paint_footer(painter: QPainter, text: str, width: int, height: int, footer: int) -> None:
    painter.save()
    painter.setPen(QPen(QColor("#B8C2D3"), 2))
    top = height - footer * 0.7
    painter.drawLine(QPointF(0, top), QPointF(width, top))
    painter.setFont(report_font(FOOTER_PT))
    painter.setPen(QColor(LIGHT.muted))
    painter.drawText(
        QRectF(0, top, width, height - top),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        text,
    )
    painter.restore()


def chart_image(chart: ChartData) -> QImage:
    """A plain line chart of the day so far (and the plan's curve), drawn for paper."""
    width, height = CHART_SIZE
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = report_font(8)
    font.setPixelSize(round(8 / 72 * RESOLUTION_DPI))  # 8 pt once printed at the writer's dpi
    painter.setFont(font)
    times, values = chart.actual
    start, end = chart.day_start, chart.day_start + 86400
    curves = [chart.actual] + ([chart.target] if chart.target is not None else [])
    top = max(float(np.max(v)) for _t, v in curves) or 1.0
    plot = QRectF(260, 80, width - 300, height - 170)
    painter.setPen(QPen(QColor(LIGHT.grid), 2))
    for step in range(5):
        y = plot.bottom() - step / 4 * plot.height()
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor(LIGHT.muted))
        label = format_unit_value(top * step / 4, chart.unit)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRectF(0, y - 30, plot.left() - 20, 60), right, label)
        painter.setPen(QPen(QColor(LIGHT.grid), 2))
    painter.setPen(QColor(LIGHT.muted))
    for hour in range(0, 25, 3):
        x = plot.left() + hour / 24 * plot.width()
        painter.drawText(QRectF(x - 80, plot.bottom() + 10, 160, 50),
                         Qt.AlignmentFlag.AlignHCenter, f"{hour:02d}:00")  # fmt: skip

    def path_of(xs: np.ndarray, ys: np.ndarray) -> QPainterPath:
        path = QPainterPath()
        for i, (t, v) in enumerate(zip(xs, ys, strict=True)):
            point = QPointF(
                plot.left() + (float(t) - start) / (end - start) * plot.width(),
                plot.bottom() - float(v) / top * plot.height(),
            )
            path.moveTo(point) if i == 0 else path.lineTo(point)
        return path

    if chart.target is not None:
        pen = QPen(QColor(LIGHT.muted), 4, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawPath(path_of(*chart.target))
    painter.setPen(QPen(QColor(LIGHT.accent), 6))
    painter.drawPath(path_of(times, values))
    painter.setPen(QColor(LIGHT.text))
    legend = localized(chart.name_zh, chart.name_en)
    if chart.target is not None:
        legend += "  —  " + QCoreApplication.translate("ReportPdf", "dashed: plan")
    painter.drawText(QRectF(plot.left(), 0, plot.width(), 50), Qt.AlignmentFlag.AlignLeft, legend)
    painter.end()
    # QTextDocument scales images from 96 dpi to the writer's; this ratio undoes that.
    image.setDevicePixelRatio(RESOLUTION_DPI / 96)
    return image
