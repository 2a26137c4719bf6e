"""The Pictures page: the input, the convolution, the activation and the pooling side by side,
each with its shape, and the whole layer as one line (input → conv → activation → pooling)."""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from visionagent.qt.tabs.filters.compute import PicturesResult
from visionagent.qt.tabs.filters.image_view import ImageView
from visionagent.qt.tabs.filters.names import activation_name, padding_name, pool_name, shape_text


class PicturesPage(QWidget):
    """Shows a :class:`~visionagent.qt.tabs.filters.compute.PicturesResult`; computes nothing."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._geometry = None
        self.flow_label = QLabel()
        self.flow_label.setTextFormat(Qt.TextFormat.RichText)
        self.flow_label.setWordWrap(True)
        self.input_view = ImageView(self.tr("Input"))
        self.conv_view = ImageView(self.tr("Convolution"), colorbar=True)
        self.act_view = ImageView(self.tr("After activation"), colorbar=True)
        self.pool_view = ImageView(self.tr("After pooling"), colorbar=True)
        self.conv_view.setToolTip(
            self.tr(
                "Signed values: blue negative, white zero, red positive.\n"
                "With several filters each map has its own scale; the colour bar\n"
                "shows the one of the filter selected in the kernel editor."
            )
        )
        for view in (self.act_view, self.pool_view):
            view.link_to(self.conv_view)
        self.top_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.top_splitter.addWidget(self.input_view)
        self.top_splitter.addWidget(self.conv_view)
        self.bottom_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.bottom_splitter.addWidget(self.act_view)
        self.bottom_splitter.addWidget(self.pool_view)
        self.views_splitter = QSplitter(Qt.Orientation.Vertical)
        self.views_splitter.addWidget(self.top_splitter)
        self.views_splitter.addWidget(self.bottom_splitter)
        for splitter in (self.top_splitter, self.bottom_splitter, self.views_splitter):
            splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.flow_label)
        layout.addWidget(self.views_splitter, 1)

    def views(self) -> tuple[ImageView, ImageView, ImageView]:
        return self.conv_view, self.act_view, self.pool_view

    # ------------------------------------------------------------------ content
    def set_input(self, picture: np.ndarray, x: np.ndarray) -> None:
        """The picture as read (uint8) and the float input the layer sees (H, W, C)."""
        self.input_view.set_image(picture, values=x if x.shape[2] > 1 else x[:, :, 0])
        self._geometry = None  # fit the views to the new picture

    def show_result(self, result: PicturesResult, name: str, current_filter: int) -> None:
        """Show every stage; the colour bars follow filter ``current_filter``."""
        layer = result.layer
        self.flow_label.setText(self._flow_text(result))
        self.input_view.set_title(
            self.tr("Input {name} · {shape}").format(
                name=name, shape=shape_text(result.input_shape)
            )
        )
        if result.error:
            for view in self.views():
                view.clear(self.tr("no output"))
            return
        act = activation_name(layer.activation)
        titles = (
            self.tr("Convolution · {shape}"),
            self.tr("After {act} · {{shape}}").format(act=act),
            self.tr("After {pool} pooling · {{shape}}").format(pool=pool_name(layer.pool))
            if layer.pool != "none"
            else self.tr("No pooling · {shape}"),
        )
        for view, key, title in zip(self.views(), ("conv", "act", "pool"), titles, strict=True):
            maps = result.stages[key]
            count = maps.values.shape[2]
            view.set_tiles(maps.tiles, maps.rects, [maps.values[:, :, k] for k in range(count)])
            current = min(current_filter, count - 1)
            view.set_colorbar(*maps.levels[current])
            text = title.format(shape=shape_text(maps.shape))
            if count > 1:
                text += " " + self.tr("(bar: map {n})").format(n=current + 1)
            view.set_title(text)
        geometry = result.geometry()
        if geometry != self._geometry:
            self._geometry = geometry
            self.input_view.link_to(self.conv_view if layer.filters == 1 else None)
            self.conv_view.auto_range()
            if layer.filters > 1:
                self.input_view.auto_range()

    def _flow_text(self, result: PicturesResult) -> str:
        layer, shapes = result.layer, result.shapes
        kh, kw = layer.weights.shape[:2]
        conv = self.tr("conv {kh}×{kw}, {k} filter(s), stride {s}, {padding}").format(
            kh=kh, kw=kw, k=layer.filters, s=layer.stride, padding=padding_name(layer.padding)
        )
        steps = [
            f"<b>{shape_text(shapes[0])}</b>",
            f"<i>{conv}</i>",
            f"<b>{shape_text(shapes[1])}</b>",
            f"<i>{activation_name(layer.activation)}</i>",
        ]
        if layer.pool != "none":
            pool = self.tr("{pool} pool {n}×{n} / {s}").format(
                pool=pool_name(layer.pool),
                n=layer.pool_size,
                s=layer.pool_stride or layer.pool_size,
            )
            steps += [f"<i>{pool}</i>", f"<b>{shape_text(shapes[2])}</b>"]
        return " → ".join(steps)
