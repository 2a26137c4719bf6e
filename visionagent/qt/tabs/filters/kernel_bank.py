"""The kernels the kernel editor holds, without any widget: K filters of h×w kernels for C input
channels plus one bias each, which filter is selected, which filters share one kernel across
their channels ("linked") and which preset each one is.

:class:`~visionagent.qt.tabs.filters.kernel_editor.KernelEditor` shows a :class:`KernelBank` and
turns the user's clicks into calls of its methods.
"""

from __future__ import annotations

import numpy as np

from visionagent.core import filters

MAX_FILTERS = 8
# the presets a new filter gets, the first one not used yet
NEW_FILTER_PRESETS = ("sobel_y", "sobel_x", "laplacian", "gaussian", "sharpen", "emboss")


class KernelBank:
    """Kernels ``weights`` (h, w, C, K), ``bias`` (K,), the selected filter ``current``."""

    def __init__(self, channels: int = 3):
        self.weights = np.zeros((3, 3, channels, 1), dtype=np.float32)
        self.bias = np.zeros(1, dtype=np.float32)
        self.linked = [True]
        self.presets: list[str | None] = [None]
        self.current = 0
        self.sigma = 1.0

    # ------------------------------------------------------------------ reading
    @property
    def filters(self) -> int:
        return int(self.weights.shape[3])

    @property
    def channels(self) -> int:
        return int(self.weights.shape[2])

    @property
    def size(self) -> tuple[int, int]:
        return int(self.weights.shape[0]), int(self.weights.shape[1])

    def kernel(self, k: int | None = None) -> np.ndarray:
        """The (h, w, C) kernels of filter ``k`` (default: the selected one)."""
        return self.weights[:, :, :, self.current if k is None else k].copy()

    def shown_kernels(self) -> int:
        """How many grids the selected filter needs: one when linked, else one per channel."""
        return 1 if (self.linked[self.current] or self.channels == 1) else self.channels

    def find_preset(self, k: int) -> str | None:
        """The preset that filter ``k`` (all channels alike) equals, if any."""
        h, w = self.size
        if h != w:
            return None
        kernel = self.weights[:, :, 0, k]
        for name in filters.PRESETS:
            if np.allclose(kernel, filters.preset(name, h, self.sigma), atol=1e-6):
                return name
        return None

    def channels_equal(self, k: int) -> bool:
        w = self.weights[:, :, :, k]
        return all(np.array_equal(w[:, :, 0], w[:, :, c]) for c in range(1, w.shape[2]))

    # ------------------------------------------------------------------ whole layer
    def set_layer(
        self, weights: np.ndarray, bias: np.ndarray, presets: list[str | None] | None = None
    ) -> None:
        """Replace every filter; a filter whose channels share a kernel is linked."""
        weights = np.asarray(weights, dtype=np.float32)
        if weights.ndim != 4:
            raise ValueError(f"kernels must have shape (h, w, C, K), not {weights.shape}")
        self.weights = weights.copy()
        self.bias = np.asarray(bias, dtype=np.float32).reshape(-1).copy()
        k = weights.shape[3]
        self.linked = [self.channels_equal(i) for i in range(k)]
        if presets is not None and len(presets) == k:
            self.presets = list(presets)
        else:
            self.presets = [self.find_preset(i) if self.linked[i] else None for i in range(k)]
        self.current = min(self.current, k - 1)

    def set_channels(self, channels: int) -> None:
        """Adapt to an input with ``channels`` channels (copies channel 0 where new ones appear)."""
        old = self.channels
        if channels == old:
            return
        if channels < old:
            self.weights = self.weights[:, :, :channels, :].copy()
        else:
            extra = np.repeat(self.weights[:, :, :1, :], channels - old, axis=2)
            self.weights = np.concatenate([self.weights, extra], axis=2)
        for k in range(self.filters):
            if self.linked[k] or channels == 1:
                self.weights[:, :, :, k] = self.weights[:, :, :1, k]
                self.linked[k] = True

    def resize(self, h: int, w: int) -> None:
        """Every kernel h×w: presets are redrawn, the others padded or cropped in the middle."""
        old_h, old_w = self.size
        if (h, w) == (old_h, old_w):
            return
        new = np.zeros((h, w, self.channels, self.filters), dtype=np.float32)
        top, left = (h - old_h) // 2, (w - old_w) // 2
        for k in range(self.filters):
            name = self.presets[k]
            if name is not None and h == w:
                new[:, :, :, k] = filters.preset(name, h, self.sigma)[:, :, None]
                continue
            rows = slice(max(0, top), max(0, top) + min(h, old_h))
            cols = slice(max(0, left), max(0, left) + min(w, old_w))
            src_rows = slice(max(0, -top), max(0, -top) + min(h, old_h))
            src_cols = slice(max(0, -left), max(0, -left) + min(w, old_w))
            new[rows, cols, :, k] = self.weights[src_rows, src_cols, :, k]
        self.weights = new

    # ------------------------------------------------------------------ one filter
    def set_filter_kernel(
        self, kernel: np.ndarray, bias: float | None = None, index: int | None = None
    ) -> None:
        """Put a (h, w) or (h, w, C) kernel into filter ``index`` (default: the selected one)."""
        index = self.current if index is None else index
        kernel = np.asarray(kernel, dtype=np.float32)
        if kernel.ndim == 2:
            kernel = np.repeat(kernel[:, :, None], self.channels, axis=2)
        if kernel.shape[2] != self.channels:
            raise ValueError(
                f"the kernel has {kernel.shape[2]} channels, the input {self.channels}"
            )
        self.resize(kernel.shape[0], kernel.shape[1])
        self.weights[:, :, :, index] = kernel
        if bias is not None:
            self.bias[index] = bias
        self.linked[index] = self.channels_equal(index)
        self.presets[index] = None

    def set_grid(self, channel: int, values: np.ndarray) -> None:
        """The user typed into the grid of ``channel`` of the selected filter."""
        k = self.current
        if self.linked[k]:
            self.weights[:, :, :, k] = np.asarray(values, np.float32)[:, :, None]
        else:
            self.weights[:, :, channel, k] = values
        self.presets[k] = None

    def apply_preset(self, name: str) -> None:
        """Fill the selected filter with a preset (every channel the same)."""
        kernel = filters.preset(name, self.size[0], self.sigma)
        self.weights[:, :, :, self.current] = kernel[:, :, None]
        self.linked[self.current] = True
        self.presets[self.current] = name

    def add_filter(self) -> bool:
        """One more filter (with the first classic kernel not used yet), selected."""
        if self.filters >= MAX_FILTERS:
            return False
        used = set(self.presets)
        name = next((p for p in NEW_FILTER_PRESETS if p not in used), "identity")
        kernel = filters.preset(name, self.size[0], self.sigma)[:, :, None, None]
        kernel = np.repeat(kernel, self.channels, axis=2)
        self.weights = np.concatenate([self.weights, kernel], axis=3)
        self.bias = np.append(self.bias, np.float32(0))
        self.linked.append(True)
        self.presets.append(name)
        self.current = self.filters - 1
        return True

    def remove_filter(self) -> bool:
        if self.filters <= 1:
            return False
        k = self.current
        self.weights = np.delete(self.weights, k, axis=3)
        self.bias = np.delete(self.bias, k)
        del self.linked[k]
        del self.presets[k]
        self.current = min(k, self.filters - 1)
        return True

    def set_count(self, count: int) -> None:
        """Add or remove filters (at the end) until there are ``count``."""
        count = max(1, min(MAX_FILTERS, int(count)))
        selected = self.current
        while self.filters < count:
            self.add_filter()
        while self.filters > count:
            self.current = self.filters - 1
            self.remove_filter()
        self.current = min(selected, self.filters - 1)

    def normalize(self) -> None:
        k = self.current
        for c in range(self.channels):
            self.weights[:, :, c, k] = filters.normalize_kernel(self.weights[:, :, c, k])
        self.presets[k] = None

    def flip(self) -> None:
        k = self.current
        self.weights[:, :, :, k] = filters.flip_kernel(self.weights[:, :, :, k])
        self.presets[k] = None

    def randomize(self) -> None:
        k = self.current
        h, w, c, _ = self.weights.shape
        self.weights[:, :, :, k] = filters.random_kernel((h, w, c, 1))[:, :, :, 0]
        self.linked[k] = c == 1
        self.presets[k] = None

    def link(self, linked: bool) -> bool:
        """Share one kernel across the channels of the selected filter; True if weights changed."""
        k = self.current
        if linked and not self.linked[k]:
            self.weights[:, :, :, k] = self.weights[:, :, :1, k]
            self.linked[k] = True
            return True
        self.linked[k] = linked or self.channels == 1
        return False
