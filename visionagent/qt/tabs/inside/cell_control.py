"""The Inside tab's linked choice of a layer and a cell (a mixin of :class:`InsideTab`).

Picking a layer shows its maps; clicking a cell of a map (or a pixel of the input) draws the
receptive fields of that spot through the layers on the input and writes the cell out — for the
first convolution every product and the sum, computed in a worker
(:func:`~visionagent.qt.tabs.inside.jobs.explain`).
"""

from __future__ import annotations

import numpy as np

from visionagent.i18n import translate
from visionagent.qt.tabs.inside import jobs, trace


class CellControl:
    """Layer and cell selection (texts in the tab's translation context, as ``self.tr`` of the
    tab would look them up); expects the tab's ``grid``, ``strip``, ``cell_text``,
    ``input_pane``, ``maps_pane``, ``_view`` and ``_loaded``."""

    def _init_cells(self) -> None:
        self._layer_path: str | None = None
        self._cell: tuple[int, int, int] | None = None  # (map, row, col) of the chosen layer
        self._explainer = self.runner()
        self._explainer.finished.connect(self._on_terms)
        self._explainer.failed.connect(self.cell_text.show_hint)

    # ------------------------------------------------------------------ layers
    def _layer_row(self, path: str | None = None):
        path = path or self._layer_path
        if self._view is None or path is None:
            return None
        for row in self._view.inspection.layers:
            if row.path == path:
                return row
        return None

    def _layer_chosen(self, path: str) -> None:
        if path != self._layer_path:
            self._layer_path = path
            self.clear_cell()
        self._show_layer()

    def _show_layer(self) -> None:
        row = self._layer_row()
        title = translate("InsideTab", "Feature maps")
        if row is not None:
            title = translate("InsideTab", "{layer} · {kind} · {shape}").format(
                layer=row.name, kind=row.label, shape="×".join(str(s) for s in row.output_shape)
            )
        self.maps_pane.title.setText(title)
        self.maps_pane.title.setToolTip(row.explanation if row is not None else "")
        if row is None or row.maps is None:
            self.grid.set_maps(None, hint=self._no_maps(row))
            return
        self.grid.set_maps(row.maps, self.maps_pane.scale, self._view.value_range)
        if self._cell is not None:
            self.grid.select(self._cell)

    def _no_maps(self, row) -> str:
        """Why there are no maps to show for ``row`` (None: no layer of the model has any)."""
        if row is None:
            if self._view is None:
                return ""
            return translate(
                "InsideTab", "This model has no convolution layers, so it has no feature maps."
            )
        if len(row.output_shape) == 3:
            return row.explanation or translate("InsideTab", "This layer has no maps to show.")
        return translate(
            "InsideTab", "This layer gives {count} numbers, not maps: pick a layer above it."
        ).format(count=int(np.prod([s or 0 for s in row.output_shape])))

    # ------------------------------------------------------------------ cells
    def select_cell(self, k: int, row: int, col: int) -> None:
        """Trace cell (row, col) of map ``k`` of the chosen layer."""
        self._cell = (k, row, col)
        self.grid.select(self._cell)
        self.refresh_cell()

    def clear_cell(self) -> None:
        self._cell = None
        self.grid.select(None)
        self.input_pane.show_windows([])
        self.cell_text.show_hint()

    def refresh_cell(self) -> None:
        """Draw the chosen cell's receptive fields and write it out (for the current input)."""
        info = self._layer_row()
        if self._cell is None or info is None or info.maps is None or self._loaded is None:
            return
        k, row, col = self._cell
        height, width, count = info.maps.shape
        if not (k < count and row < height and col < width):
            self.clear_cell()
            return
        inspector = self._loaded.inspector
        windows = trace.nested_windows(inspector, self._view.inspection.layers, info.path, row, col)
        self.input_pane.show_windows([window for _path, window in windows])
        value = float(info.maps[row, col, k])
        first = inspector.first_convolution()
        if first is not None and first.path == info.path and first.kind in ("conv", "conv_1x1"):
            self._explainer.start(jobs.explain, self._loaded, self._view.inspection, k, row, col)
        else:
            self.cell_text.show_cell(info, k, row, col, value)

    def _on_terms(self, terms) -> None:
        info = self._layer_row()
        if terms is None or info is None or self._cell != (terms.filter, terms.row, terms.col):
            return
        self.cell_text.show_terms(info, terms, float(info.maps[terms.row, terms.col, terms.filter]))

    def _pixel_clicked(self, y: int, x: int) -> None:
        """A click on the input: the chosen layer's cell over that pixel, in its strongest map
        (or the map already chosen)."""
        info = self._layer_row()
        if info is None or info.maps is None or not info.reach or not info.reach.spatial:
            return
        row, col = trace.cell_at(info, y, x)
        k = self._cell[0] if self._cell is not None else int(np.argmax(info.maps[row, col]))
        self.select_cell(k, row, col)
