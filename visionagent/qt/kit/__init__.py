"""The tab kit: what every tab builds on instead of writing its own copy.

- :mod:`~visionagent.qt.kit.tab`: :class:`Tab` (job runners, ``open_path``, ``shutdown``, lesson
  state) and :class:`StatusLine`.
- :mod:`~visionagent.qt.kit.jobs`: :class:`TaskRunner` (one job at a time, ``partial`` results,
  ``stop()`` keeps the result, ``cancel()`` discards it).
- :mod:`~visionagent.qt.kit.model_picker`: :class:`ModelPicker` and :class:`ModelLoader`.
- :mod:`~visionagent.qt.kit.image_input`: the open dialogs, drag and drop, paste, samples menu.
- :mod:`~visionagent.qt.kit.images`: the NumPy ↔ QImage/QPixmap conversion.
- :mod:`~visionagent.qt.kit.photo_view`: :class:`PhotoView` (a photo with boxes, clickable).
- :mod:`~visionagent.qt.kit.canvas`: :class:`DrawCanvas` (digit boxes, strokes or pictures).
- :mod:`~visionagent.qt.kit.forms`: :class:`FieldForm` from the core's field tables.
- :mod:`~visionagent.qt.kit.layer_strip`: :class:`LayerStrip`, a model's layer table (Inside tab,
  architecture gallery).

The kit never imports a tab (an import-linter contract checks it).
"""
