"""The Photos tab: what is in this photo? Dog breeds or anything, from a photo, a folder or the
webcam (the textbook's vision agent 8 and program 8-6)."""

from visionagent.qt.tabs.photos.tab import PhotosTab

__all__ = ["PhotosTab"]
