"""The Inside tab: one input through one model — feature maps, receptive fields, the first
convolution's arithmetic, Grad-CAM and the prediction, replayed epoch by epoch."""

from visionagent.qt.tabs.inside.tab import InsideTab

__all__ = ["InsideTab"]
