"""The Qt desktop interface: the only home of PySide6 besides the composition root."""
