"""Dialogs of the main window that are not a tab's: importing your own model."""

from visionagent.qt.dialogs.import_model import ImportModelDialog
from visionagent.qt.dialogs.model_importer import ModelImporter

__all__ = ["ImportModelDialog", "ModelImporter"]
