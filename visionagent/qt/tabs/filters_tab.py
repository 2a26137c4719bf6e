"""Filter playground: live convolution, activation and pooling, as pictures and as numbers.

Left: the kernel editor and the layer's settings (stride, padding, border, activation, pooling),
with the output-size formula and the weight count. Right, three pages: *Pictures* (input,
convolution, activation, pooling side by side, each with its shape), *Numbers* (a small input as
grids of numbers with the arithmetic of one output cell; opens on the textbook's example 8-1) and
*Inside a network* (learned kernels and feature maps of real models). Every change recomputes
through :mod:`visionagent.core.filters`, coalesced by a single-shot timer so typing stays smooth.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

import cv2
import numpy as np
from PyQt6.QtCore import QByteArray, QSignalBlocker, Qt, QTimer
from PyQt6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from visionagent import paths, settings
from visionagent.core import filters
from visionagent.core.images import EXTENSIONS, ImageError, is_image_file, read_image
from visionagent.qt.context import AppContext
from visionagent.qt.kit.tab import Tab
from visionagent.qt.widgets.filters_network import NetworkPanel
from visionagent.qt.widgets.image_view import ImageView
from visionagent.qt.widgets.kernel_editor import KernelEditor
from visionagent.qt.widgets.numbers_view import NumbersView

log = logging.getLogger(__name__)

SAMPLES = ("astronaut.png", "camera.png", "coffee.png", "chelsea.png", "coins.png", "rocket.jpg")
MAX_SIDE = 1024  # larger pictures are scaled down so every update stays live
PICTURES, NUMBERS, NETWORK = 0, 1, 2


def _shape_text(shape) -> str:
    return "×".join(str(int(v)) for v in shape)


class FiltersTab(Tab):
    """The Filters tab (see the module docstring)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.context = context
        self.setAcceptDrops(True)
        self._image: np.ndarray | None = None  # uint8 RGB as read
        self._image_name = ""
        self._x: np.ndarray | None = None  # float input of the pictures page (H, W, C)
        self._display_input: np.ndarray | None = None  # what the input view shows (uint8)
        self._layers: dict[str, filters.Layer] = {}
        self._mode = "pictures"
        self._last_ms = 0.0
        self._shapes_key = None
        self._pending_image: str | None = None  # the picture to read at the first show

        self._timer = QTimer(self)  # coalesces every change into one update
        self._timer.setSingleShot(True)
        self._timer.setInterval(15)
        self._timer.timeout.connect(self.update_now)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(800)
        self._save_timer.timeout.connect(self.save_settings)

        self._build()
        self._restore()
        self.schedule()

    # ================================================================== build
    def _build(self) -> None:
        # ---- image
        self.sample_combo = QComboBox()
        self.sample_combo.setToolTip(
            self.tr(
                "Sample pictures shipped with VisionAgent (scikit-image data, public domain / CC0)"
            )
        )
        sample_names = {
            "astronaut.png": self.tr("Astronaut"),
            "camera.png": self.tr("Cameraman"),
            "coffee.png": self.tr("Coffee"),
            "chelsea.png": self.tr("Chelsea the cat"),
            "coins.png": self.tr("Coins"),
            "rocket.jpg": self.tr("Rocket"),
        }
        for name in SAMPLES:
            self.sample_combo.addItem(
                sample_names.get(name, Path(name).stem.capitalize()),
                str(paths.resource("samples", name)),
            )
        self.sample_combo.activated.connect(lambda i: self.open_path(self.sample_combo.itemData(i)))
        self.open_button = QPushButton(self.tr("Open…"))
        self.open_button.setToolTip(
            self.tr("Open a picture of your own (or drop one onto the tab)")
        )
        self.open_button.clicked.connect(self._open_dialog)
        self.colour_combo = QComboBox()
        self.colour_combo.addItem(self.tr("RGB colour (3 channels)"), False)
        self.colour_combo.addItem(self.tr("Grayscale (1 channel)"), True)
        self.colour_combo.setToolTip(
            self.tr("A filter has one kernel per input channel: 3 for colour, 1 for gray")
        )
        self.colour_combo.activated.connect(lambda _i: self._colour_changed())
        image_box = QGroupBox(self.tr("Picture"))
        grid = QVBoxLayout(image_box)
        row = QHBoxLayout()
        row.addWidget(self.sample_combo, 1)
        row.addWidget(self.open_button)
        grid.addLayout(row)
        grid.addWidget(self.colour_combo)
        self.image_box = image_box

        # ---- kernels
        self.editor = KernelEditor(channels=3)
        self.editor.changed.connect(self.schedule)
        self.editor.current_filter_changed.connect(lambda _k: self.schedule())
        self.editor.preset_chosen.connect(lambda name: settings.set("filters/preset", name))
        kernel_box = QGroupBox(self.tr("Kernels"))
        kernel_layout = QVBoxLayout(kernel_box)
        kernel_layout.addWidget(self.editor)

        # ---- convolution
        self.stride_spin = QSpinBox()
        self.stride_spin.setRange(1, 4)
        self.stride_spin.setToolTip(self.tr("Step of the kernel between two output pixels"))
        self.padding_combo = QComboBox()
        self.padding_combo.addItem(self.tr("valid (none)"), "valid")
        self.padding_combo.addItem(self.tr("same (keep the size)"), "same")
        self.padding_combo.addItem(self.tr("explicit"), "explicit")
        self.padding_combo.setToolTip(
            self.tr(
                "valid: no padding, the output shrinks by k−1;\n"
                "same: pad so the output has ⌈n/s⌉ pixels (as Keras);\n"
                "explicit: p rows and columns on every side"
            )
        )
        self.padding_spin = QSpinBox()
        self.padding_spin.setRange(0, 10)
        self.padding_spin.setValue(1)
        self.padding_spin.setSuffix(self.tr(" px"))
        self.padding_spin.setToolTip(self.tr("Rows and columns added on each side"))
        self.border_combo = QComboBox()
        self.border_combo.addItem(self.tr("zeros"), "zero")
        self.border_combo.addItem(self.tr("reflect"), "reflect")
        self.border_combo.addItem(self.tr("replicate"), "replicate")
        self.border_combo.setToolTip(
            self.tr(
                "What the padding is filled with: zeros (as CNN layers do),\n"
                "the mirrored picture (dcb|abcd|cba) or the edge pixel (aaa|abcd|ddd)"
            )
        )
        padding_row = QHBoxLayout()
        padding_row.addWidget(self.padding_combo, 1)
        padding_row.addWidget(self.padding_spin)
        self.activation_combo = QComboBox()
        for key, label in (
            ("none", self.tr("none (linear)")),
            ("relu", "ReLU  max(0, s)"),
            (
                "leaky_relu",
                self.tr("leaky ReLU  (slope {slope} below 0)").format(slope=filters.LEAKY_SLOPE),
            ),
            ("sigmoid", self.tr("sigmoid  1/(1+e^−s)")),
            ("tanh", "tanh"),
        ):
            self.activation_combo.addItem(label, key)
        self.activation_combo.setToolTip(
            self.tr("Applied to every value of the convolution output")
        )
        note = QLabel(
            self.tr(
                "A <i>cross-correlation</i>, as in CNN layers: the kernel is not flipped "
                "(<b>Flip</b> it for a true convolution)."
            )
        )
        note.setWordWrap(True)
        note.setToolTip(
            self.tr(
                "keras.layers.Conv2D, tf.nn.conv2d and cv2.filter2D all compute Σ x[i+m, "
                "j+n]·u[m, n]"
            )
        )
        conv_box = QGroupBox(self.tr("Convolution"))
        form = QFormLayout(conv_box)
        form.addRow(self.tr("Stride"), self.stride_spin)
        form.addRow(self.tr("Padding"), padding_row)
        form.addRow(self.tr("Border"), self.border_combo)
        form.addRow(self.tr("Activation"), self.activation_combo)
        form.addRow(note)

        # ---- pooling
        self.pool_combo = QComboBox()
        self.pool_combo.addItem(self.tr("none"), "none")
        self.pool_combo.addItem(self.tr("max"), "max")
        self.pool_combo.addItem(self.tr("average"), "avg")
        self.pool_combo.setToolTip(
            self.tr("Summarise each window of the activation map by its maximum or mean")
        )
        self.pool_size_spin = QSpinBox()
        self.pool_size_spin.setRange(1, 8)
        self.pool_size_spin.setValue(2)
        self.pool_size_spin.setToolTip(self.tr("Pooling window (size × size)"))
        self.pool_stride_spin = QSpinBox()
        self.pool_stride_spin.setRange(0, 8)
        self.pool_stride_spin.setSpecialValueText(self.tr("= size"))
        self.pool_stride_spin.setToolTip(
            self.tr(
                "Step between pooling windows; '= size' gives non-overlapping windows (the usual "
                "choice)"
            )
        )
        self.pool_padding_combo = QComboBox()
        self.pool_padding_combo.addItem(self.tr("valid"), "valid")
        self.pool_padding_combo.addItem(self.tr("same"), "same")
        self.pool_padding_combo.setToolTip(
            self.tr("valid drops the last incomplete windows; same keeps them (⌈n/s⌉ outputs)")
        )
        pool_box = QGroupBox(self.tr("Pooling"))
        pool_form = QFormLayout(pool_box)
        pool_form.addRow(self.tr("Type"), self.pool_combo)
        pool_form.addRow(self.tr("Size"), self.pool_size_spin)
        pool_form.addRow(self.tr("Stride"), self.pool_stride_spin)
        pool_form.addRow(self.tr("Padding"), self.pool_padding_combo)

        # ---- sizes and counts
        self.sizes_label = QLabel()
        self.sizes_label.setTextFormat(Qt.TextFormat.RichText)
        self.sizes_label.setWordWrap(True)
        self.sizes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sizes_label.setToolTip(
            self.tr(
                "Output size along one axis: ⌊(n + p₁ + p₂ − k) / s⌋ + 1;\n"
                "weights of the layer: k′(k·h² + 1) for k′ filters of h×h over k channels"
            )
        )
        sizes_box = QGroupBox(self.tr("Sizes and weights"))
        QVBoxLayout(sizes_box).addWidget(self.sizes_label)

        for widget in (
            self.stride_spin,
            self.padding_spin,
            self.pool_size_spin,
            self.pool_stride_spin,
        ):
            widget.valueChanged.connect(self._settings_changed)
        for combo in (
            self.padding_combo,
            self.border_combo,
            self.activation_combo,
            self.pool_combo,
            self.pool_padding_combo,
        ):
            combo.currentIndexChanged.connect(self._settings_changed)

        controls = QWidget()
        for combo in controls.findChildren(QComboBox) + [
            self.sample_combo,
            self.colour_combo,
            self.padding_combo,
            self.border_combo,
            self.activation_combo,
            self.pool_combo,
            self.pool_padding_combo,
        ]:
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        controls_layout = QVBoxLayout(controls)
        controls_layout.setContentsMargins(4, 4, 4, 4)
        for box in (image_box, kernel_box, conv_box, pool_box, sizes_box):
            controls_layout.addWidget(box)
        controls_layout.addStretch(1)
        self.controls_scroll = QScrollArea()
        self.controls_scroll.setWidgetResizable(True)
        self.controls_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.controls_scroll.setWidget(controls)
        self.controls_scroll.setMinimumWidth(330)
        self.controls_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        # ---- pictures page
        self.flow_label = QLabel()
        self.flow_label.setTextFormat(Qt.TextFormat.RichText)
        self.flow_label.setWordWrap(True)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b2182b;")
        self.message_label.hide()
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
        pictures = QWidget()
        pictures_layout = QVBoxLayout(pictures)
        pictures_layout.setContentsMargins(4, 4, 4, 4)
        pictures_layout.addWidget(self.flow_label)
        pictures_layout.addWidget(self.message_label)
        pictures_layout.addWidget(self.views_splitter, 1)

        # ---- numbers page and network page
        self.numbers_view = NumbersView()
        self.numbers_view.input_changed.connect(self._numbers_input_changed)
        self.numbers_view.example_requested.connect(self._load_example)
        self.network_panel = NetworkPanel(self.context)
        self.network_panel.kernel_picked.connect(self._kernel_picked)

        self.pages = QTabWidget()
        self.pages.addTab(pictures, self.tr("Pictures"))
        self.pages.addTab(self.numbers_view, self.tr("Numbers"))
        self.pages.addTab(self.network_panel, self.tr("Inside a network"))
        self.pages.setTabToolTip(PICTURES, self.tr("The layer applied to a picture, live"))
        self.pages.setTabToolTip(
            NUMBERS, self.tr("The same layer on a small input, every number written out")
        )
        self.pages.setTabToolTip(
            NETWORK, self.tr("Kernels learned by real models and the feature maps of a digit")
        )
        self.pages.currentChanged.connect(self._page_changed)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.controls_scroll)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([380, 900])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    # ================================================================== state
    def layer(self) -> filters.Layer:
        """The layer the controls describe now."""
        padding = self.padding_combo.currentData()
        return filters.Layer(
            weights=self.editor.weights(),
            bias=self.editor.bias(),
            stride=self.stride_spin.value(),
            padding=self.padding_spin.value() if padding == "explicit" else padding,
            border=self.border_combo.currentData(),
            activation=self.activation_combo.currentData(),
            pool=self.pool_combo.currentData(),
            pool_size=self.pool_size_spin.value(),
            pool_stride=self.pool_stride_spin.value() or None,
            pool_padding=self.pool_padding_combo.currentData(),
        )

    def set_layer(self, layer: filters.Layer) -> None:
        """Show ``layer`` in the controls (no update is triggered from inside)."""
        blockers = [
            QSignalBlocker(w)
            for w in (
                self.stride_spin,
                self.padding_combo,
                self.padding_spin,
                self.border_combo,
                self.activation_combo,
                self.pool_combo,
                self.pool_size_spin,
                self.pool_stride_spin,
                self.pool_padding_combo,
                self.editor,
            )
        ]
        self.editor.set_layer(layer.weights, layer.bias)
        self.stride_spin.setValue(layer.stride)
        if isinstance(layer.padding, str):
            self.padding_combo.setCurrentIndex(self.padding_combo.findData(layer.padding))
        else:
            self.padding_combo.setCurrentIndex(self.padding_combo.findData("explicit"))
            self.padding_spin.setValue(int(layer.padding))
        self.border_combo.setCurrentIndex(max(0, self.border_combo.findData(layer.border)))
        self.activation_combo.setCurrentIndex(
            max(0, self.activation_combo.findData(layer.activation))
        )
        self.pool_combo.setCurrentIndex(max(0, self.pool_combo.findData(layer.pool)))
        self.pool_size_spin.setValue(layer.pool_size)
        self.pool_stride_spin.setValue(layer.pool_stride or 0)
        self.pool_padding_combo.setCurrentIndex(
            max(0, self.pool_padding_combo.findData(layer.pool_padding))
        )
        del blockers
        self._enable_controls()

    def _enable_controls(self) -> None:
        explicit = self.padding_combo.currentData() == "explicit"
        self.padding_spin.setEnabled(explicit)
        self.border_combo.setEnabled(
            self.padding_combo.currentData() != "valid"
            and not (explicit and self.padding_spin.value() == 0)
        )
        pooled = self.pool_combo.currentData() != "none"
        for widget in (self.pool_size_spin, self.pool_stride_spin, self.pool_padding_combo):
            widget.setEnabled(pooled)

    def _channel_names(self) -> list[str]:
        if self._mode == "numbers":
            return [
                self.tr("channel {c}").format(c=c)
                for c in range(self.numbers_view.input().shape[2])
            ]
        if self.colour_combo.currentData():
            return [self.tr("gray")]
        return [self.tr("R"), self.tr("G"), self.tr("B")]

    def _settings_changed(self, *_args) -> None:
        self._enable_controls()
        self.schedule()

    def schedule(self) -> None:
        """Ask for an update; changes arriving before it runs are merged into one."""
        if not self._timer.isActive():
            self._timer.start()
        self._save_timer.start()

    # ================================================================== pictures
    def can_open(self, path: str) -> bool:
        return is_image_file(path)

    def open_path(self, path) -> bool:
        """Open a picture file (File ▸ Open image…, drops, the sample list). False if it cannot."""
        path = Path(path)
        if not is_image_file(path):
            return False
        try:
            image = read_image(path, mode="rgb", max_side=MAX_SIDE)
        except ImageError as exc:
            self._show_message(str(exc) + " " + self.tr("The current picture is kept."))
            self.context.status_message.emit(str(exc))
            return False
        self._image = image
        self._image_name = path.name
        sample = self.sample_combo.findData(str(path))
        if sample < 0:
            self.sample_combo.addItem(path.name, str(path))
            sample = self.sample_combo.count() - 1
        with QSignalBlocker(self.sample_combo):
            self.sample_combo.setCurrentIndex(sample)
        settings.set("filters/image", str(path))
        self._set_input()
        self._shapes_key = None
        if self.pages.currentIndex() != PICTURES and self.isVisible():
            self.pages.setCurrentIndex(PICTURES)  # show what the new picture gives
        self.schedule()
        return True

    def _open_dialog(self) -> None:
        patterns = " ".join(f"*{ext}" for ext in EXTENSIONS)
        start = settings.get("files/last_dir") or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open picture"),
            start,
            self.tr("Images ({patterns})").format(patterns=patterns),
        )
        if path:
            settings.set("files/last_dir", str(Path(path).parent))
            self.open_path(path)

    def _set_input(self) -> None:
        if self._image is None:
            return
        gray = bool(self.colour_combo.currentData())
        picture = cv2.cvtColor(self._image, cv2.COLOR_RGB2GRAY) if gray else self._image
        self._x = filters.input_to_float(picture)
        self._display_input = picture
        if self._mode == "pictures":
            self.editor.set_channels(self._x.shape[2], self._channel_names())

    def _colour_changed(self) -> None:
        settings.set("filters/gray", bool(self.colour_combo.currentData()))
        self._set_input()
        self._shapes_key = None
        self.schedule()

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # ================================================================== update
    def update_now(self) -> None:
        """Recompute the visible page now (the timer calls this)."""
        start = time.perf_counter()
        layer = self.layer()
        self._layers[self._mode] = layer
        page = self.pages.currentIndex()
        if self._mode == "numbers":
            self._update_sizes(layer, self.numbers_view.input().shape)
            self._update_numbers(layer)
        elif self._x is not None:
            self._update_sizes(layer, self._x.shape)
            if page == PICTURES:
                self._update_pictures(layer)
        elapsed = 1000.0 * (time.perf_counter() - start)
        self._last_ms = elapsed
        # Leave the event loop at least as long as an update takes, so typing stays responsive.
        self._timer.setInterval(int(min(150.0, max(15.0, elapsed))))

    def _update_sizes(self, layer: filters.Layer, input_shape) -> None:
        h, w = input_shape[:2]
        c = input_shape[2] if len(input_shape) > 2 else 1
        kh, kw, _, k = layer.weights.shape
        lines = []
        conv_h = filters.output_size_formula(h, kh, layer.stride, layer.padding)
        conv_w = filters.output_size_formula(w, kw, layer.stride, layer.padding)
        lines.append(self.tr("Convolution, rows: {formula}").format(formula=conv_h))
        if (h, kh) != (w, kw):
            lines.append(self.tr("Convolution, columns: {formula}").format(formula=conv_w))
        if layer.pool != "none":
            ch = filters.output_size(h, kh, layer.stride, layer.padding)
            cw = filters.output_size(w, kw, layer.stride, layer.padding)
            stride = layer.pool_stride or layer.pool_size
            lines.append(
                self.tr("Pooling, rows: {formula}").format(
                    formula=filters.output_size_formula(
                        ch, layer.pool_size, stride, layer.pool_padding
                    )
                )
            )
            if ch != cw:
                lines.append(
                    self.tr("Pooling, columns: {formula}").format(
                        formula=filters.output_size_formula(
                            cw, layer.pool_size, stride, layer.pool_padding
                        )
                    )
                )
        size = f"{kh}²" if kh == kw else f"{kh}·{kw}"
        lines.append(
            self.tr("Weights: k′(k·h² + 1) = {kk}·({c}·{size} + 1) = <b>{n}</b>").format(
                kk=k, c=c, size=size, n=filters.weight_count(c, kh, kw, k)
            )
        )
        lines.append(
            self.tr(
                "({k} filter(s) of {kh}×{kw}×{c} plus {k} bias(es); pooling has no weights)"
            ).format(k=k, kh=kh, kw=kw, c=c)
        )
        self.sizes_label.setText("<br>".join(lines))

    def _flow_text(self, layer: filters.Layer, shapes) -> str:
        kh, kw = layer.weights.shape[:2]
        padding = (
            layer.padding
            if isinstance(layer.padding, str)
            else self.tr("pad {p}").format(p=layer.padding)
        )
        conv = self.tr("conv {kh}×{kw}, {k} filter(s), stride {s}, {padding}").format(
            kh=kh, kw=kw, k=layer.filters, s=layer.stride, padding=padding
        )
        act = self.activation_combo.currentText().split("  ")[0]
        steps = [
            f"<b>{_shape_text(shapes[0])}</b>",
            f"<i>{conv}</i>",
            f"<b>{_shape_text(shapes[1])}</b>",
            f"<i>{act}</i>",
        ]
        if layer.pool != "none":
            steps += [
                "<i>"
                + self.tr("{pool} pool {n}×{n} / {s}").format(
                    pool=self.pool_combo.currentText(),
                    n=layer.pool_size,
                    s=layer.pool_stride or layer.pool_size,
                )
                + "</i>",
                f"<b>{_shape_text(shapes[2])}</b>",
            ]
        return " → ".join(steps)

    def _update_pictures(self, layer: filters.Layer) -> None:
        x = self._x
        shapes = layer.shapes(x.shape)
        self.flow_label.setText(self._flow_text(layer, shapes))
        self.input_view.set_title(
            self.tr("Input {name} · {shape}").format(
                name=self._image_name, shape=_shape_text(x.shape)
            )
        )
        try:
            stages = layer.run(x)
        except ValueError as exc:
            self._show_message(str(exc))
            for view in (self.conv_view, self.act_view, self.pool_view):
                view.clear(self.tr("no output"))
            return
        self._show_message("")
        conv_rect, pool_rect = layer.placement(x.shape)
        key = (x.shape, conv_rect, pool_rect, layer.filters)
        geometry_changed = key != self._shapes_key
        if geometry_changed:
            self.input_view.set_image(
                self._display_input, values=x if x.shape[2] > 1 else x[:, :, 0]
            )
        h, w = x.shape[:2]
        corners = filters.tile_layout(layer.filters, w, h)
        act = self.activation_combo.currentText().split("  ")[0]
        pool_name = self.pool_combo.currentText()
        for view, values, rect, title in (
            (self.conv_view, stages.conv, conv_rect, self.tr("Convolution · {shape}")),
            (
                self.act_view,
                stages.activated,
                conv_rect,
                self.tr("After {act} · {{shape}}").format(act=act),
            ),
            (
                self.pool_view,
                stages.pooled,
                pool_rect,
                self.tr("After {pool} pooling · {{shape}}").format(pool=pool_name)
                if layer.pool != "none"
                else self.tr("No pooling · {shape}"),
            ),
        ):
            # Each map on its own scale (a Sobel map would drown a blur); the bar shows the
            # scale of the filter selected in the editor.
            levels = [filters.display_levels(values[:, :, k]) for k in range(values.shape[2])]
            tiles = [
                filters.to_display(values[:, :, k], *levels[k]) for k in range(values.shape[2])
            ]
            rects = [(rect[0] + cx, rect[1] + cy, rect[2], rect[3]) for cx, cy in corners]
            view.set_tiles(tiles, rects, [values[:, :, k] for k in range(values.shape[2])])
            current = min(self.editor.current_filter(), values.shape[2] - 1)
            view.set_colorbar(*levels[current])
            text = title.format(shape=_shape_text(values.shape))
            if values.shape[2] > 1:
                text += " " + self.tr("(bar: map {n})").format(n=current + 1)
            view.set_title(text)
        if geometry_changed:
            self._shapes_key = key
            self.input_view.link_to(self.conv_view if layer.filters == 1 else None)
            self.conv_view.auto_range()
            if layer.filters > 1:
                self.input_view.auto_range()

    # ================================================================== numbers
    def _update_numbers(self, layer: filters.Layer) -> None:
        x = self.numbers_view.input()
        try:
            stages = layer.run(x)
        except ValueError as exc:
            self.numbers_view.show_result(layer, None, str(exc))
            return
        self.numbers_view.show_result(layer, stages)

    def _numbers_input_changed(self) -> None:
        x = self.numbers_view.input()
        if self.editor.channels() != x.shape[2]:
            self.editor.set_channels(x.shape[2], self._channel_names())
        self.schedule()

    def _load_example(self) -> None:
        """Example 8-1: the input is already in the numbers view; load its kernels and settings."""
        self.set_layer(filters.example_8_1_layer())
        self.editor.set_channels(3, self._channel_names())
        self.schedule()

    # ================================================================== pages
    def _page_changed(self, index: int) -> None:
        settings.set("filters/page", index)
        mode = "numbers" if index == NUMBERS else "pictures"
        if mode != self._mode:
            self._layers[self._mode] = self.layer()
            self._mode = mode
            self.set_layer(self._layers[mode])
            channels = (
                self.numbers_view.input().shape[2]
                if mode == "numbers"
                else (self._x.shape[2] if self._x is not None else 3)
            )
            self.editor.set_channels(channels, self._channel_names())
            self.image_box.setEnabled(mode == "pictures")
            self._shapes_key = None
        if index == NETWORK:
            self.network_panel.activate()
        self.schedule()

    def _kernel_picked(self, kernel: np.ndarray, bias: float, description: str) -> None:
        if kernel.ndim == 3 and kernel.shape[2] == 3 and self.colour_combo.currentData():
            self.colour_combo.setCurrentIndex(self.colour_combo.findData(False))
            self._colour_changed()
        if kernel.ndim == 3 and kernel.shape[2] != self.editor.channels():
            kernel = kernel.sum(
                axis=2
            )  # a colour kernel on a gray picture: gray = the channels together
        self.editor.set_filter_kernel(kernel, bias)
        self.context.status_message.emit(self.tr("Kernel editor: {what}").format(what=description))
        self.pages.setCurrentIndex(PICTURES)

    # ================================================================== drops
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile() and self.open_path(url.toLocalFile()):
                event.acceptProposedAction()
                return

    # ================================================================== settings
    def _restore(self) -> None:
        gray = bool(settings.get("filters/gray"))
        self.colour_combo.setCurrentIndex(self.colour_combo.findData(gray))
        layer = self._load_layer(settings.get("filters/layer"))
        if layer is None:
            weights = np.repeat(
                filters.preset(self._safe_preset(), 3)[:, :, None, None], 1 if gray else 3, axis=2
            )
            layer = filters.Layer(weights, np.zeros(1, np.float32))
        self._layers["pictures"] = layer
        numbers_layer, numbers_x = None, None
        raw = settings.get("filters/numbers")
        if raw:
            try:
                data = json.loads(raw)
                numbers_layer = filters.Layer.from_dict(data["layer"])
                numbers_x = np.asarray(data["input"], dtype=np.float32)
                if (
                    numbers_x.ndim != 3
                    or numbers_x.shape[2] != numbers_layer.weights.shape[2]
                    or max(numbers_x.shape) > 10
                ):
                    raise ValueError("saved numbers input does not match its kernels")
            except (ValueError, KeyError, TypeError) as exc:
                log.warning("ignoring saved numbers-mode state: %s", exc)
                numbers_layer, numbers_x = None, None
        self._layers["numbers"] = numbers_layer or filters.example_8_1_layer()
        if numbers_x is not None:
            self.numbers_view.set_input(numbers_x)
        self.set_layer(layer)
        splitter = settings.get("filters/splitter")
        if splitter:
            self.splitter.restoreState(QByteArray(splitter))
        # The picture is read when the tab is first shown (showEvent): start-up need not pay for it.
        path = settings.get("filters/image")
        self._pending_image = path if path and Path(path).is_file() else ""
        page = settings.get("filters/page")
        if page in (NUMBERS, NETWORK):
            self.pages.setCurrentIndex(page)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._image is None and self._pending_image is not None:
            path, self._pending_image = self._pending_image, None
            if not (path and self.open_path(path)):
                self.open_path(paths.resource("samples", SAMPLES[0]))

    def _safe_preset(self) -> str:
        name = settings.get("filters/preset")
        return name if name in filters.PRESETS else "sobel_x"

    @staticmethod
    def _load_layer(raw: str) -> filters.Layer | None:
        if not raw:
            return None
        try:
            return filters.Layer.from_dict(json.loads(raw))
        except (ValueError, KeyError, TypeError) as exc:
            log.warning("ignoring saved filter layer: %s", exc)
            return None

    def save_settings(self) -> None:
        self._layers[self._mode] = self.layer()
        settings.set("filters/layer", json.dumps(self._layers["pictures"].to_dict()))
        numbers = {
            "layer": self._layers["numbers"].to_dict(),
            "input": self.numbers_view.input().tolist(),
        }
        settings.set("filters/numbers", json.dumps(numbers))
        settings.set("filters/splitter", bytes(self.splitter.saveState()))

    def shutdown(self) -> None:
        """Stop timers and the model worker (the main window calls this on close)."""
        self._timer.stop()
        if self._save_timer.isActive():
            self._save_timer.stop()
            self.save_settings()
        self.network_panel.shutdown()


if __name__ == "__main__":
    import sys

    from visionagent.qt.preview import run_tab_alone

    sys.exit(run_tab_alone(FiltersTab, size=(1300, 850)))
